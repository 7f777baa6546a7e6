using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Domain.Tickets;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// Log events of the conversation's follow-up handling (ticket actions, digests, supervisors), event
/// ids 2200-2249. They carry ids, actions, outcomes and counts, never what the user typed. Actions
/// pass through <see cref="FollowUpActions.ForLog"/> and ticket ids are read
/// well formed only, because card submits can be forged.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, EventName = "FollowUpHandled", Level = LogLevel.Information,
        Message = "Handled follow-up action {Action} on ticket {TicketId} with outcome {Outcome}")]
    private static partial void FollowUpHandledCore(ILogger logger, string action, string? ticketId, HelpBot.Dialogs.FollowUp.TicketChangeOutcome outcome);

    public static void FollowUpHandled(ILogger logger, string action, string? ticketId, HelpBot.Dialogs.FollowUp.TicketChangeOutcome outcome)
    {
        var knownAction = FollowUpActions.ForLog(action);
        var wellFormedId = TicketIds.ForLog(ticketId);
        FollowUpHandledCore(logger, knownAction, wellFormedId, outcome);
    }

    [LoggerMessage(EventId = 2201, EventName = "FollowUpRejected", Level = LogLevel.Information,
        Message = "Rejected follow-up action {Action}: {Reason}")]
    private static partial void FollowUpRejectedCore(ILogger logger, string action, string reason);

    /// <summary>Logs a rejected request; <paramref name="reason"/> is one of the handlers' fixed texts, never user input.</summary>
    public static void FollowUpRejected(ILogger logger, string action, string reason)
    {
        var knownAction = FollowUpActions.ForLog(action);
        FollowUpRejectedCore(logger, knownAction, reason);
    }

    [LoggerMessage(EventId = 2202, EventName = "TicketListShown", Level = LogLevel.Debug,
        Message = "Showed {OpenCount} open tickets of {TicketCount}")]
    public static partial void TicketListShown(ILogger logger, int openCount, int ticketCount);

    [LoggerMessage(EventId = 2203, EventName = "DigestShown", Level = LogLevel.Information,
        Message = "Showed a digest of {PeriodDays} days with {CreatedCount} tickets created, {OpenCount} open and {OverdueCount} overdue")]
    public static partial void DigestShown(ILogger logger, int periodDays, int createdCount, int openCount, int overdueCount);

    [LoggerMessage(EventId = 2207, EventName = "SupervisorAddedInChat", Level = LogLevel.Information,
        Message = "An admin added a supervisor on channel {ChannelId} (new: {Added})")]
    public static partial void SupervisorAddedInChat(ILogger logger, string channelId, bool added);

    [LoggerMessage(EventId = 2208, EventName = "TicketFollowUpStarted", Level = LogLevel.Information,
        Message = "Scheduled the follow-up of ticket {TicketId}")]
    public static partial void TicketFollowUpStarted(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 2209, EventName = "ProactiveSenderMissing", Level = LogLevel.Warning,
        Message = "No proactive sender is registered, so {ActivityCount} follow-up messages on channel {ChannelId} were not sent; register the host's IProactiveSender")]
    public static partial void ProactiveSenderMissing(ILogger logger, string channelId, int activityCount);
}
