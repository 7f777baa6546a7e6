using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>Reminders kept in a SQLite file across restarts, and workers that share the file.</summary>
public sealed class FollowUpDurabilityTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"helpbot-followup-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(Monday10);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Restart_RemindersDueWhileDown_SentOnceAfterStart()
    {
        var before = new RecordingProactiveSender();
        await using (var first = CreateHost(before))
        {
            await first.CreateCallAsync(TimeFrame.Days(3));
            await first.CreateCallAsync(TimeFrame.Days(3), owner: "owner-2");
            await first.CreatePeakAsync(owner: "owner-3");
        }

        _time.Advance(TimeSpan.FromDays(3)); // Thursday 10:00: all three are due
        var after = new RecordingProactiveSender();
        await using var second = CreateHost(after);
        await second.Worker.StartAsync(CancellationToken.None);
        await ReminderWorkerTests.WaitForAsync(() => after.Delivered.Count >= 3, TimeSpan.FromSeconds(10));
        await second.Worker.StopAsync(CancellationToken.None);
        var later = await second.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Empty(before.Delivered);
        Assert.Equal(0, later);
        Assert.Equal(3, after.Delivered.WithStep(FollowUpSteps.Reminder).Count);
        Assert.Equal(3, after.Delivered.Select(d => d.Address.UserId).Distinct().Count());
    }

    [Fact]
    public async Task TwoInstances_RacingOnOneFile_SendEachReminderOnce()
    {
        await using (var setup = CreateHost(new RecordingProactiveSender()))
        {
            for (var i = 0; i < 6; i++)
            {
                await setup.CreateCallAsync(TimeFrame.Days(3), owner: $"owner-{i}");
            }
        }

        _time.Advance(TimeSpan.FromDays(3));
        var sender = new RecordingProactiveSender();
        await using var left = CreateHost(sender);
        await using var right = CreateHost(sender);

        var counts = await Task.WhenAll(
            Task.Run(() => left.FollowUp.SendDueAsync(CancellationToken.None)),
            Task.Run(() => right.FollowUp.SendDueAsync(CancellationToken.None)));

        Assert.Equal(6, counts.Sum());
        Assert.Equal(6, sender.Delivered.Count);
        Assert.Equal(6, sender.Delivered.Select(d => d.Address.UserId).Distinct().Count());
    }

    [Fact]
    public async Task Restart_FailedDelivery_RetriedAfterRestart()
    {
        var failing = new RecordingProactiveSender { Result = _ => Runtime.Proactive.ProactiveDelivery.Failed };
        await using (var first = CreateHost(failing))
        {
            await first.CreateCallAsync(TimeFrame.Days(3));
            first.AdvanceTo(Monday10.AddDays(3));
            await first.FollowUp.SendDueAsync(CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromHours(1));
        var working = new RecordingProactiveSender();
        await using var second = CreateHost(working);
        await second.FollowUp.SendDueAsync(CancellationToken.None);
        await second.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(1, failing.Attempts);
        Assert.Single(working.Delivered);
    }

    private FollowUpHost CreateHost(RecordingProactiveSender sender) =>
        new(new SqliteStorage(new SqliteDatabase(_path), _time), _time, sender);
}
