namespace HelpBot.Runtime.State;

/// <summary>Storage keys of state documents, scoped by channel so ids from two channels never collide.</summary>
public static class StateKeys
{
    /// <summary>The key segment that marks a conversation document; retention deletes keys that contain it.</summary>
    public const string ConversationSegment = "/conversations/";

    /// <summary>Stands in for a channel, conversation or user id that the activity lacks.</summary>
    internal const string UnknownId = "unknown";

    public static string Conversation(string channelId, string conversationId) =>
        string.Concat(channelId, ConversationSegment, conversationId);

    public static string User(string channelId, string userId) =>
        $"{channelId}/users/{userId}";
}
