namespace HelpBot.Dialogs.FollowUp;

/// <summary>The channel user who changes a ticket: its owner, a supervisor or an admin.</summary>
/// <param name="ChannelId">Channel of the turn.</param>
/// <param name="UserId">The user's id on that channel.</param>
/// <param name="ConversationId">Conversation of the turn, kept so later messages can reach the user.</param>
public sealed record TicketActor(string ChannelId, string UserId, string? ConversationId);
