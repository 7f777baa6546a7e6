using System.Collections.Concurrent;
using System.Text.Json;
using HelpBot.Runtime.State;

namespace HelpBot.Bot.Proactive;

/// <summary>
/// Keeps each user's most recent conversation per channel in <see cref="IStorage"/> under
/// <c>user-references/{channelId}/{userId}</c>, so a proactive message without a conversation id
/// finds one. A record is written only when the conversation changes: an in-memory copy of what
/// was last written or read means ordinary turns add no storage write.
/// </summary>
public sealed class UserConversationIndex(IStorage storage, TimeProvider timeProvider)
{
    // Past this many users the cache starts over; the cost is one extra read or write per user.
    private const int MaxCachedUsers = 50_000;

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <summary>The storage key of a user's record.</summary>
    public static string Key(string channelId, string userId) => $"user-references/{channelId}/{userId}";

    /// <summary>Records <paramref name="conversationId"/> as the user's latest conversation; writes only when it differs from the last one.</summary>
    /// <returns>True when the record was written.</returns>
    public async Task<bool> RecordAsync(string channelId, string userId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var key = Key(channelId, userId);
        if (_known.TryGetValue(key, out var last) && string.Equals(last, conversationId, StringComparison.Ordinal))
        {
            return false;
        }

        var record = new UserConversationRecord { ConversationId = conversationId, SavedAt = timeProvider.GetUtcNow() };
        var json = JsonSerializer.SerializeToUtf8Bytes(record, ProactiveJsonContext.Default.UserConversationRecord);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new StoreItem(json, StoreItem.AnyETag) }, cancellationToken);
        Remember(key, conversationId);
        return true;
    }

    /// <summary>Returns the user's latest conversation on <paramref name="channelId"/>, or null when none is known.</summary>
    public async Task<string?> FindAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var key = Key(channelId, userId);
        if (_known.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            return null;
        }

        var record = JsonSerializer.Deserialize(item.Json.Span, ProactiveJsonContext.Default.UserConversationRecord);
        if (string.IsNullOrEmpty(record?.ConversationId))
        {
            return null;
        }

        Remember(key, record.ConversationId);
        return record.ConversationId;
    }

    private void Remember(string key, string conversationId)
    {
        if (_known.Count >= MaxCachedUsers)
        {
            _known.Clear();
        }

        _known[key] = conversationId;
    }
}
