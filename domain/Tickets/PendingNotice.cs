namespace HelpBot.Domain.Tickets;

/// <summary>
/// A follow-up message whose delivery failed, kept on the ticket so a later scan sends it again.
/// It records whom to send what, never the message text.
/// </summary>
/// <param name="Kind">One of <see cref="FollowUp.NoticeKinds"/>.</param>
/// <param name="ChannelId">Channel of the recipient.</param>
/// <param name="UserId">The recipient's id on that channel.</param>
/// <param name="ConversationId">Conversation to post to; null for the recipient's latest one.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
/// <param name="RetryAt">Earliest time of the next attempt.</param>
/// <param name="Reason">
/// For an escalation one of <see cref="FollowUp.EscalationReasons"/>, for an owner notice one of
/// <see cref="FollowUp.OwnerNoticeKinds"/>; null for a reminder.
/// </param>
/// <param name="Level">For a reminder, the escalation level of the step it suggests; otherwise null.</param>
public sealed record PendingNotice(
    string Kind,
    string ChannelId,
    string UserId,
    string? ConversationId,
    int Attempts,
    DateTimeOffset RetryAt,
    string? Reason = null,
    int? Level = null);
