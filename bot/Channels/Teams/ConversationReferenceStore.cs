using System.Text.Json;
using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// Keeps the conversation references of installations in <see cref="IStorage"/> under
/// <c>references/{channelId}/{conversationId}</c>, so the bot can message a conversation later.
/// </summary>
public sealed class ConversationReferenceStore(IStorage storage, TimeProvider timeProvider)
{
    /// <summary>The storage key of a conversation's reference.</summary>
    public static string Key(string channelId, string conversationId) => $"references/{channelId}/{conversationId}";

    /// <summary>Saves the reference of <paramref name="activity"/>, replacing an earlier one.</summary>
    public async Task SaveAsync(Activity activity, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stored = new StoredConversationReference
        {
            Reference = activity.GetConversationReference(),
            ServiceUrlVerified = serviceUrlVerified,
            TenantId = TeamsChannelData.GetTenantId(activity),
            SavedAt = timeProvider.GetUtcNow(),
        };

        var json = JsonSerializer.SerializeToUtf8Bytes(stored, BotFrameworkJsonContext.Default.StoredConversationReference);
        var changes = new Dictionary<string, StoreItem> { [KeyOf(activity)] = new StoreItem(json, StoreItem.AnyETag) };
        await storage.WriteAsync(changes, cancellationToken);
    }

    /// <summary>Returns the stored reference of a conversation, or null.</summary>
    public async Task<StoredConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = Key(channelId, conversationId);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item)
            ? JsonSerializer.Deserialize(item.Json.Span, BotFrameworkJsonContext.Default.StoredConversationReference)
            : null;
    }

    /// <summary>Forgets the reference of <paramref name="activity"/>'s conversation.</summary>
    public Task DeleteAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return storage.DeleteAsync([KeyOf(activity)], cancellationToken);
    }

    private static string KeyOf(Activity activity) =>
        Key(activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? "unknown");
}
