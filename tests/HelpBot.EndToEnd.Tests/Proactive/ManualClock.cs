namespace HelpBot.EndToEnd.Tests.Proactive;

/// <summary>
/// A clock the test sets. Only the current time is fake: timers still run on real time, which
/// suits tests that restart the host and rely on work done at start-up.
/// </summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long _utcTicks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock forward by <paramref name="delta"/>.</summary>
    public void Advance(TimeSpan delta) => Interlocked.Add(ref _utcTicks, delta.Ticks);
}
