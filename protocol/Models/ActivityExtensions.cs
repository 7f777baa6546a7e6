using System.Text.Json;

namespace HelpBot.Protocol.Models;

/// <summary>Helpers for building replies and reading common activity fields.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// Creates a message addressed back to the sender of <paramref name="activity"/>, in the same
    /// conversation, with <c>from</c> and <c>recipient</c> swapped and <c>replyToId</c> set.
    /// </summary>
    public static Activity CreateReply(this Activity activity, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = activity.ChannelId,
        Conversation = activity.Conversation,
        From = activity.Recipient,
        Recipient = activity.From,
        ReplyToId = activity.Id,
        Locale = activity.Locale,
        Text = text,
    };

    /// <summary>Returns the conversation reference a proactive message needs.</summary>
    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>Returns a string property of <c>channelData</c>, or null.</summary>
    public static string? GetChannelDataString(this Activity activity, string name) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Returns the first entity of <paramref name="type"/>, compared ordinally ignoring case.</summary>
    public static Entity? FindEntity(this Activity activity, string type) =>
        activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase));
}
