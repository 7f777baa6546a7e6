using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Log events of the follow-up engine, event ids 2100-2199; next free id: 2116. They carry ticket
/// ids, kinds and counts, never note text or card input.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, EventName = "ScheduleConflict", Level = LogLevel.Debug,
        Message = "The follow-up schedule changed during a ticket write (attempt {Attempt}); reading it again")]
    public static partial void ScheduleConflict(ILogger logger, int attempt);

    [LoggerMessage(EventId = 2101, EventName = "FollowUpScanFinished", Level = LogLevel.Debug,
        Message = "Follow-up scan found {DueCount} due tickets and delivered {DeliveredCount} messages")]
    public static partial void ScanFinished(ILogger logger, int dueCount, int deliveredCount);

    [LoggerMessage(EventId = 2102, EventName = "FollowUpNoticeDelivered", Level = LogLevel.Information,
        Message = "Delivered notice {NoticeKind} for ticket {TicketId} on channel {ChannelId}: {Delivery}")]
    public static partial void NoticeDelivered(ILogger logger, string noticeKind, string ticketId, string channelId, ProactiveDelivery delivery);

    [LoggerMessage(EventId = 2103, EventName = "FollowUpNoticeNotDelivered", Level = LogLevel.Warning,
        Message = "Notice {NoticeKind} for ticket {TicketId} was not delivered ({Delivery}, attempt {Attempt}); it is tried again at the next scan after {RetryAt}")]
    public static partial void NoticeNotDelivered(ILogger logger, string noticeKind, string ticketId, ProactiveDelivery delivery, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 2104, EventName = "FollowUpNoticeDropped", Level = LogLevel.Error,
        Message = "Dropped notice {NoticeKind} for ticket {TicketId} after {Attempts} failed delivery attempts")]
    public static partial void NoticeDropped(ILogger logger, string noticeKind, string ticketId, int attempts);

    [LoggerMessage(EventId = 2105, EventName = "NoSupervisors", Level = LogLevel.Warning,
        Message = "Ticket {TicketId} needs supervisors ({Reason}) but channel {ChannelId} has none; configure FollowUp:Supervisors")]
    public static partial void NoSupervisors(ILogger logger, string ticketId, string reason, string channelId);

    [LoggerMessage(EventId = 2106, EventName = "FollowUpClaimLost", Level = LogLevel.Debug,
        Message = "Ticket {TicketId} changed while its follow-up was being claimed; reading it again")]
    public static partial void ClaimLost(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 2107, EventName = "TicketChanged", Level = LogLevel.Information,
        Message = "Ticket {TicketId}: {Change} by a {ActorRole}")]
    public static partial void TicketChanged(ILogger logger, string ticketId, string change, string actorRole);

    [LoggerMessage(EventId = 2108, EventName = "TicketChangeNotAllowed", Level = LogLevel.Warning,
        Message = "Rejected {Change} on ticket {TicketId}: the user on channel {ChannelId} is not its owner or a supervisor")]
    public static partial void ChangeNotAllowed(ILogger logger, string change, string ticketId, string channelId);

    [LoggerMessage(EventId = 2109, EventName = "FollowUpScanFailed", Level = LogLevel.Error,
        Message = "The follow-up scan failed; it runs again after the scan interval")]
    public static partial void ScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2110, EventName = "ReminderWorkerStarted", Level = LogLevel.Information,
        Message = "Reminder worker started; it scans every {ScanInterval}")]
    public static partial void WorkerStarted(ILogger logger, TimeSpan scanInterval);

    [LoggerMessage(EventId = 2111, EventName = "SupervisorAdded", Level = LogLevel.Information,
        Message = "An admin added a supervisor on channel {ChannelId}")]
    public static partial void SupervisorAdded(ILogger logger, string channelId);

    [LoggerMessage(EventId = 2112, EventName = "NoteRedacted", Level = LogLevel.Information,
        Message = "Removed {FindingCount} personal-data findings from a note on ticket {TicketId}")]
    public static partial void NoteRedacted(ILogger logger, string ticketId, int findingCount);

    [LoggerMessage(EventId = 2113, EventName = "ScheduledTicketMissing", Level = LogLevel.Warning,
        Message = "Ticket {TicketId} is in the follow-up schedule but not in storage; removed its entry")]
    public static partial void ScheduledTicketMissing(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 2114, EventName = "FollowUpTicketFailed", Level = LogLevel.Error,
        Message = "Following up ticket {TicketId} failed; the scan goes on with the next ticket")]
    public static partial void TicketFailed(ILogger logger, string ticketId, Exception exception);

    [LoggerMessage(EventId = 2115, EventName = "NoticeSendFailed", Level = LogLevel.Warning,
        Message = "Sending notice {NoticeKind} for ticket {TicketId} threw; it counts as a failed delivery")]
    public static partial void SendThrew(ILogger logger, string noticeKind, string ticketId, Exception exception);

    [LoggerMessage(EventId = 2116, EventName = "NoticeDeferred", Level = LogLevel.Debug,
        Message = "Notice {NoticeKind} for ticket {TicketId} waits for the next scan because a turn of its conversation is running")]
    public static partial void NoticeDeferred(ILogger logger, string noticeKind, string ticketId);
}
