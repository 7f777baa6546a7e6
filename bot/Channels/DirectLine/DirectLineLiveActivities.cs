using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Bot activities as the bot sent them, kept in memory for <see cref="Lifetime"/> after the
/// transcript stored them with identifiers replaced. Clients that read the conversation in that
/// time (open streams and polling) get the activity as sent, and later reads and reads after a
/// restart get the stored copy. Only activities whose stored copy differs are kept, at most
/// <see cref="MaxCount"/> of them.
/// </summary>
public sealed class DirectLineLiveActivities(TimeProvider timeProvider)
{
    /// <summary>How long an activity is kept: long enough for clients that poll every few seconds.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>The most activities kept at once; the oldest go first when more arrive.</summary>
    public const int MaxCount = 1000;

    private readonly Dictionary<string, (Activity Activity, DateTimeOffset ExpiresAt)> _activities = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Keeps a copy of <paramref name="activity"/>, which must have the id of its stored copy.</summary>
    public void Add(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        var copy = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var now = timeProvider.GetUtcNow();

        lock (_lock)
        {
            RemoveOld(now);
            _activities[copy.Id!] = (copy, now + Lifetime);
            _order.Enqueue(copy.Id!);
        }
    }

    /// <summary>
    /// Drops the copy as sent of the activity <paramref name="id"/>, so reads get its stored copy. Its id stays in
    /// the order queue until it expires, which <see cref="RemoveOld"/> allows for.
    /// </summary>
    public void Remove(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        lock (_lock)
        {
            _activities.Remove(id);
        }
    }

    /// <summary>Returns <paramref name="stored"/> with each activity still kept here replaced by its copy as sent.</summary>
    public IReadOnlyList<Activity> Restore(IReadOnlyList<Activity> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_activities.Count == 0)
            {
                return stored;
            }

            return [.. stored.Select(activity =>
                activity.Id is { } id && _activities.TryGetValue(id, out var live) && live.ExpiresAt > now ? live.Activity : activity)];
        }
    }

    // Ids leave the queue in the order they were added, so expired and surplus entries are at its head.
    private void RemoveOld(DateTimeOffset now)
    {
        while (_order.TryPeek(out var id)
            && (_order.Count >= MaxCount || !_activities.TryGetValue(id, out var entry) || entry.ExpiresAt <= now))
        {
            _order.Dequeue();
            _activities.Remove(id);
        }
    }
}
