namespace HelpBot.Runtime.State;

/// <summary>Storage keys of state documents, scoped by channel so ids from two channels never collide.</summary>
public static class StateKeys
{
    public static string Conversation(string channelId, string conversationId) =>
        $"{channelId}/conversations/{conversationId}";

    public static string User(string channelId, string userId) =>
        $"{channelId}/users/{userId}";
}
