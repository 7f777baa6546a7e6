using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// Log events of HelpBot's conversation, event ids 2050-2099. They carry ids, counts and step names,
/// never what the user typed.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2050, EventName = "DownloadStored", Level = LogLevel.Information,
        Message = "Stored a {Kind} file of {ByteCount} bytes")]
    public static partial void DownloadStored(ILogger logger, string kind, int byteCount);

    [LoggerMessage(EventId = 2051, EventName = "DownloadExpired", Level = LogLevel.Debug,
        Message = "Deleted an expired {Kind} file on download")]
    public static partial void DownloadExpired(ILogger logger, string kind);

    [LoggerMessage(EventId = 2063, EventName = "DownloadsSwept", Level = LogLevel.Information,
        Message = "Deleted {FileCount} expired {Kind} files")]
    public static partial void DownloadsSwept(ILogger logger, string kind, int fileCount);

    [LoggerMessage(EventId = 2052, EventName = "ReportClassified", Level = LogLevel.Information,
        Message = "Classified a report as {Kind} for system {SupportSystem} with {StillNeededCount} fields still needed")]
    public static partial void ReportClassified(ILogger logger, string kind, string supportSystem, int stillNeededCount);

    [LoggerMessage(EventId = 2053, EventName = "SystemDecided", Level = LogLevel.Information,
        Message = "Decided system {SupportSystem} (from an address: {FromAddress})")]
    public static partial void SystemDecided(ILogger logger, string supportSystem, bool fromAddress);

    [LoggerMessage(EventId = 2054, EventName = "LookAlikeHostRejected", Level = LogLevel.Warning,
        Message = "Rejected a page address whose host only looks like a known system")]
    public static partial void LookAlikeHostRejected(ILogger logger);

    [LoggerMessage(EventId = 2055, EventName = "FieldAnswered", Level = LogLevel.Debug,
        Message = "Stored the answer to report field {Field}")]
    public static partial void FieldAnswered(ILogger logger, string field);

    [LoggerMessage(EventId = 2056, EventName = "PasswordAnswerDiscarded", Level = LogLevel.Warning,
        Message = "Discarded an answer to {Field} that looked like a password")]
    public static partial void PasswordAnswerDiscarded(ILogger logger, string field);

    [LoggerMessage(EventId = 2075, EventName = "PersonalDataAnswerRejected", Level = LogLevel.Warning,
        Message = "Rejected an answer to {Field} that contained {IdentifierCount} identifiers")]
    public static partial void PersonalDataAnswerRejected(ILogger logger, string field, int identifierCount);

    [LoggerMessage(EventId = 2057, EventName = "PrivacyChecked", Level = LogLevel.Information,
        Message = "Checked the report for PII/PHI: {FindingCount} findings")]
    public static partial void PrivacyChecked(ILogger logger, int findingCount);

    [LoggerMessage(EventId = 2058, EventName = "ProfileCompleted", Level = LogLevel.Information,
        Message = "Stored the first-time answers with role {Role}")]
    public static partial void ProfileCompleted(ILogger logger, string role);

    [LoggerMessage(EventId = 2059, EventName = "TicketsListed", Level = LogLevel.Debug,
        Message = "Listed {TicketCount} tickets")]
    public static partial void TicketsListed(ILogger logger, int ticketCount);

    [LoggerMessage(EventId = 2060, EventName = "HelpTopicShown", Level = LogLevel.Debug,
        Message = "Showed help topic {TopicId}")]
    public static partial void HelpTopicShown(ILogger logger, string topicId);

    [LoggerMessage(EventId = 2061, EventName = "ClientInfoRecorded", Level = LogLevel.Debug,
        Message = "Recorded the web chat client's details (operating system known: {OperatingSystemKnown}, browser known: {BrowserKnown})")]
    public static partial void ClientInfoRecorded(ILogger logger, bool operatingSystemKnown, bool browserKnown);

    [LoggerMessage(EventId = 2062, EventName = "ActivityIgnored", Level = LogLevel.Debug,
        Message = "Ignored an activity of type {ActivityType} named {ActivityName}")]
    public static partial void ActivityIgnored(ILogger logger, string activityType, string? activityName);

    [LoggerMessage(EventId = 2064, EventName = "UploadsKept", Level = LogLevel.Information,
        Message = "Kept {FileCount} files sent at a question other than the screenshot question")]
    public static partial void UploadsKept(ILogger logger, int fileCount);

    [LoggerMessage(EventId = 2065, EventName = "UploadsNotKept", Level = LogLevel.Information,
        Message = "Did not keep {FileCount} files: {Reason}")]
    public static partial void UploadsNotKept(ILogger logger, int fileCount, string reason);

    [LoggerMessage(EventId = 2066, EventName = "DraftFilesAttached", Level = LogLevel.Information,
        Message = "Attached {AttachedCount} of {FileCount} files to the .eml draft")]
    public static partial void DraftFilesAttached(ILogger logger, int attachedCount, int fileCount);

    [LoggerMessage(EventId = 2090, EventName = "TicketCreated", Level = LogLevel.Information,
        Message = "Created ticket {TicketId} for system {SupportSystem}")]
    public static partial void TicketCreated(ILogger logger, string ticketId, string supportSystem);

    [LoggerMessage(EventId = 2091, EventName = "TicketOwnerIndexConflict", Level = LogLevel.Debug,
        Message = "The owner index changed during ticket creation; retrying (attempt {Attempt})")]
    public static partial void TicketOwnerIndexConflict(ILogger logger, int attempt);
}
