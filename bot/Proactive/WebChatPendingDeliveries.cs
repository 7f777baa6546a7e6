using System.Collections.Concurrent;
using System.Text.Json;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using HelpBot.Runtime.State;

namespace HelpBot.Bot.Proactive;

/// <summary>
/// Tracks proactive messages that went into a Direct Line conversation while no client had it open,
/// under <c>webchat-pending/{channelId}/{userId}</c> in <see cref="IStorage"/>. A message stops
/// being pending when a client of its user reads the conversation past it (stream or GET). When
/// the user starts a new conversation instead, the pending messages are copied into it and are
/// pending there, so each reaches the user once. Reads of users with nothing pending cost a
/// dictionary lookup: each user's set is read from storage once per process and then kept.
/// </summary>
public sealed class WebChatPendingDeliveries(IStorage storage, IDirectLineStore store, DirectLineStreamHub hub, ILogger<WebChatPendingDeliveries> logger) : IDisposable
{
    // Past this many users the cache starts over; the cost is one storage read per user.
    private const int MaxCachedUsers = 50_000;

    // Older messages are dropped first when a user has more than this waiting.
    private const int MaxPendingPerUser = 100;

    // NOTE: the cache is per process. With several instances behind a load balancer, one instance
    // can miss a pending message another added, so a reader there does not clear it and a later
    // new conversation may show it a second time.
    private readonly ConcurrentDictionary<string, PendingDeliverySet> _sets = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>The storage key of a user's pending messages.</summary>
    public static string Key(string channelId, string userId) => $"webchat-pending/{channelId}/{userId}";

    /// <summary>Records that <paramref name="activity"/>, stored at <paramref name="sequence"/> of <paramref name="conversationId"/>, has not reached the user.</summary>
    public Task AddAsync(string channelId, string userId, string? conversationId, long sequence, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var item = new PendingDelivery
        {
            ConversationId = conversationId,
            Sequence = sequence,
            Activity = JsonSerializer.SerializeToElement(activity, ProtocolJsonContext.Default.Activity),
        };
        return UpdateAsync(channelId, userId, set =>
        {
            set.Items.Add(item);
            if (set.Items.Count > MaxPendingPerUser)
            {
                set.Items.RemoveRange(0, set.Items.Count - MaxPendingPerUser);
            }

            return Task.FromResult(true);
        }, cancellationToken);
    }

    /// <summary>Marks the user's messages in <paramref name="conversationId"/> up to <paramref name="watermark"/> as delivered, because a client has read that far.</summary>
    public async Task MarkReadAsync(string channelId, string userId, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var set = await GetAsync(channelId, userId, cancellationToken);
        if (!set.Items.Exists(item => IsCovered(item, conversationId, watermark)))
        {
            return;
        }

        await UpdateAsync(channelId, userId, current =>
            Task.FromResult(current.Items.RemoveAll(item => IsCovered(item, conversationId, watermark)) > 0), cancellationToken);
        logger.ProactivePendingDelivered(conversationId);
    }

    /// <summary>
    /// Copies the user's pending messages from other conversations into <paramref name="conversationId"/>,
    /// a conversation the user has just started, where they stay pending until read.
    /// </summary>
    /// <returns>How many messages were copied.</returns>
    public async Task<int> MoveIntoAsync(string channelId, string userId, string conversationId, CancellationToken cancellationToken)
    {
        var set = await GetAsync(channelId, userId, cancellationToken);
        if (!set.Items.Exists(item => item.ConversationId != conversationId))
        {
            return 0;
        }

        var moved = 0;
        await UpdateAsync(channelId, userId, async current =>
        {
            foreach (var item in current.Items.Where(item => item.ConversationId != conversationId))
            {
                var copy = item.Activity.Deserialize(ProtocolJsonContext.Default.Activity)!;
                copy.Id = null;
                copy.Conversation = new ConversationAccount(conversationId);
                item.Sequence = await store.AppendAsync(conversationId, copy, cancellationToken);
                item.ConversationId = conversationId;
                moved++;
            }

            return moved > 0;
        }, cancellationToken);

        hub.NotifyAppended(conversationId);
        logger.ProactivePendingMoved(conversationId, moved);
        return moved;
    }

    private static bool IsCovered(PendingDelivery item, string conversationId, long watermark) =>
        string.Equals(item.ConversationId, conversationId, StringComparison.Ordinal) && item.Sequence <= watermark;

    private async Task<PendingDeliverySet> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var key = Key(channelId, userId);
        if (_sets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var items = await storage.ReadAsync([key], cancellationToken);
        var set = items.TryGetValue(key, out var item)
            ? JsonSerializer.Deserialize(item.Json.Span, ProactiveJsonContext.Default.PendingDeliverySet) ?? new PendingDeliverySet()
            : new PendingDeliverySet();
        if (_sets.Count >= MaxCachedUsers)
        {
            _sets.Clear();
        }

        return _sets.GetOrAdd(key, set);
    }

    // Changes run one at a time on a copy, and the cache takes the copy only after it is stored.
    private async Task UpdateAsync(string channelId, string userId, Func<PendingDeliverySet, Task<bool>> change, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var current = await GetAsync(channelId, userId, cancellationToken);
            var copy = new PendingDeliverySet { Items = [.. current.Items.Select(Clone)] };
            if (!await change(copy))
            {
                return;
            }

            var key = Key(channelId, userId);
            if (copy.Items.Count == 0)
            {
                await storage.DeleteAsync([key], cancellationToken);
            }
            else
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(copy, ProactiveJsonContext.Default.PendingDeliverySet);
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new StoreItem(json, StoreItem.AnyETag) }, cancellationToken);
            }

            _sets[key] = copy;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose() => _writeLock.Dispose();

    private static PendingDelivery Clone(PendingDelivery item) =>
        new() { ConversationId = item.ConversationId, Sequence = item.Sequence, Activity = item.Activity };
}
