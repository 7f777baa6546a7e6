namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// A follow-up action read from a card submit or a typed command. Only the properties the action
/// uses are set.
/// </summary>
/// <param name="Action">One of <see cref="Cards.Builders.FollowUp.FollowUpActions"/>.</param>
/// <param name="TicketId">The ticket the action changes.</param>
/// <param name="Status">New status of <see cref="Cards.Builders.FollowUp.FollowUpActions.RecordUpdate"/>.</param>
/// <param name="IncidentNumber">Number of <see cref="Cards.Builders.FollowUp.FollowUpActions.AddIncidentNumber"/>, as typed.</param>
/// <param name="Note">Text of <see cref="Cards.Builders.FollowUp.FollowUpActions.AddNote"/>, as typed.</param>
/// <param name="UserId">User id of <see cref="Cards.Builders.FollowUp.FollowUpActions.AddSupervisor"/>.</param>
/// <param name="PeriodDays">Period of <see cref="Cards.Builders.FollowUp.FollowUpActions.Digest"/>; null for the default.</param>
/// <param name="Problem">Why the request cannot run as given, in words for the user; null when it can.</param>
/// <param name="CalledAt">Call time of <see cref="Cards.Builders.FollowUp.FollowUpActions.SetCallDetails"/>, as typed.</param>
/// <param name="TimeFrame">Promised time frame of <see cref="Cards.Builders.FollowUp.FollowUpActions.SetCallDetails"/>, as typed.</param>
/// <param name="RepliedAt">PEAK help desk reply time of <see cref="Cards.Builders.FollowUp.FollowUpActions.SetCallDetails"/>, as typed.</param>
/// <param name="LatestOpenTicket">True when the ticket is the owner's newest open ticket (call details typed without a ticket id).</param>
/// <param name="LatestPeakDraft">True when the ticket is the owner's newest PEAK ticket still drafted ("I sent it" typed).</param>
internal sealed record FollowUpRequest(
    string Action,
    string? TicketId = null,
    string? Status = null,
    string? IncidentNumber = null,
    string? Note = null,
    string? UserId = null,
    int? PeriodDays = null,
    string? Problem = null,
    bool LatestPeakDraft = false,
    string? CalledAt = null,
    string? TimeFrame = null,
    bool LatestOpenTicket = false,
    string? RepliedAt = null);
