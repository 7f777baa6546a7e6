using System.Collections.Concurrent;
using System.Text.Json;
using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// Keeps conversation references in <see cref="IStorage"/> under
/// <c>references/{channelId}/{conversationId}</c>, so the bot can message a conversation later.
/// Each save also keeps the latest reference of the conversation's tenant
/// (<c>tenant-references/{channelId}/{tenantId}</c>) and of the channel
/// (<c>tenant-references/{channelId}</c>), from which a new personal conversation can be created.
/// An in-memory copy of what was last written lets <see cref="SaveIfChangedAsync"/> skip writes that
/// would store the same reference again.
/// </summary>
public sealed class ConversationReferenceStore(IStorage storage, TimeProvider timeProvider)
{
    // Past this many keys the cache starts over; the cost is one extra write per conversation.
    private const int MaxCachedKeys = 50_000;

    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>The storage key of a conversation's reference.</summary>
    public static string Key(string channelId, string conversationId) => $"references/{channelId}/{conversationId}";

    /// <summary>The storage key of the latest reference of a tenant, or of the channel when <paramref name="tenantId"/> is null.</summary>
    public static string TenantKey(string channelId, string? tenantId) =>
        tenantId is null ? $"tenant-references/{channelId}" : $"tenant-references/{channelId}/{tenantId}";

    /// <summary>Saves the reference of <paramref name="activity"/>, replacing an earlier one.</summary>
    public Task SaveAsync(Activity activity, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SaveAsync(CreateStored(activity, serviceUrlVerified), force: true, cancellationToken);
    }

    /// <summary>
    /// Saves the reference of <paramref name="activity"/> unless the same serviceUrl, user, bot and
    /// tenant were saved for its conversation before by this process.
    /// </summary>
    /// <returns>True when something was written.</returns>
    public Task<bool> SaveIfChangedAsync(Activity activity, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SaveAsync(CreateStored(activity, serviceUrlVerified), force: false, cancellationToken);
    }

    /// <summary>Saves a reference built without an inbound activity, such as one of a conversation the bot created.</summary>
    public Task SaveAsync(StoredConversationReference stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return SaveAsync(stored, force: true, cancellationToken);
    }

    /// <summary>Returns the stored reference of a conversation, or null.</summary>
    public Task<StoredConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(Key(channelId, conversationId), cancellationToken);

    /// <summary>Returns the latest reference of <paramref name="tenantId"/>, or of any tenant on the channel when it is null.</summary>
    public Task<StoredConversationReference?> GetTenantReferenceAsync(string channelId, string? tenantId, CancellationToken cancellationToken) =>
        ReadAsync(TenantKey(channelId, tenantId), cancellationToken);

    /// <summary>Forgets the reference of <paramref name="activity"/>'s conversation.</summary>
    public Task DeleteAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = KeyOf(activity.ChannelId, activity.Conversation?.Id);
        _written.TryRemove(key, out _);
        return storage.DeleteAsync([key], cancellationToken);
    }

    private async Task<bool> SaveAsync(StoredConversationReference stored, bool force, CancellationToken cancellationToken)
    {
        var reference = stored.Reference;
        var json = JsonSerializer.SerializeToUtf8Bytes(stored, BotFrameworkJsonContext.Default.StoredConversationReference);
        var fingerprint = Fingerprint(stored);
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        AddIfChanged(changes, KeyOf(reference.ChannelId, reference.Conversation?.Id), fingerprint, json, force);

        // Any conversation of the tenant gives the serviceUrl and bot account a new 1:1 chat needs.
        if (stored.TenantId is not null)
        {
            var tenantFingerprint = $"{reference.ServiceUrl}|{stored.ServiceUrlVerified}|{reference.Bot?.Id}|{stored.TenantId}";
            AddIfChanged(changes, TenantKey(reference.ChannelId ?? "unknown", stored.TenantId), tenantFingerprint, json, force);
            AddIfChanged(changes, TenantKey(reference.ChannelId ?? "unknown", null), tenantFingerprint, json, force);
        }

        if (changes.Count == 0)
        {
            return false;
        }

        await storage.WriteAsync(changes, cancellationToken);
        return true;
    }

    private void AddIfChanged(Dictionary<string, StoreItem> changes, string key, string fingerprint, byte[] json, bool force)
    {
        if (!force && _written.TryGetValue(key, out var last) && string.Equals(last, fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        if (_written.Count >= MaxCachedKeys)
        {
            _written.Clear();
        }

        _written[key] = fingerprint;
        changes[key] = new StoreItem(json, StoreItem.AnyETag);
    }

    private async Task<StoredConversationReference?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item)
            ? JsonSerializer.Deserialize(item.Json.Span, BotFrameworkJsonContext.Default.StoredConversationReference)
            : null;
    }

    private StoredConversationReference CreateStored(Activity activity, bool serviceUrlVerified) => new()
    {
        Reference = activity.GetConversationReference(),
        ServiceUrlVerified = serviceUrlVerified,
        TenantId = TeamsChannelData.GetTenantId(activity),
        SavedAt = timeProvider.GetUtcNow(),
    };

    // The activity id and time change every turn, so they are not part of what counts as a change.
    private static string Fingerprint(StoredConversationReference stored)
    {
        var reference = stored.Reference;
        return $"{reference.ServiceUrl}|{stored.ServiceUrlVerified}|{reference.User?.Id}|{reference.Bot?.Id}|{stored.TenantId}|{reference.Locale}";
    }

    private static string KeyOf(string? channelId, string? conversationId) =>
        Key(channelId ?? "unknown", conversationId ?? "unknown");
}
