namespace HelpBot.Runtime.Proactive;

/// <summary>
/// Where a message the user did not ask for goes: a user on a channel, and the conversation to use
/// when it is known. Without <see cref="ConversationId"/> the sender uses the user's most recent
/// conversation on that channel.
/// </summary>
/// <param name="ChannelId">Channel id such as <c>msteams</c> or <c>directline</c>.</param>
/// <param name="UserId">The user's id on that channel.</param>
/// <param name="ConversationId">Conversation to post to, or null for the user's latest one.</param>
public sealed record ProactiveAddress(string ChannelId, string UserId, string? ConversationId = null);
