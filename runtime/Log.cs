using Microsoft.Extensions.Logging;

namespace HelpBot.Runtime;

/// <summary>
/// Every log event of HelpBot.Runtime. Events carry ids and counts only, never message text,
/// card values or state. Event ids: 1000-1019 turn errors, 1020-1039 typing and turn
/// serialization, 1040-1059 storage and retention. Next free id: 1003, 1022, 1048.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, EventName = "TurnFailed", Level = LogLevel.Error,
        Message = "Turn failed for activity {ActivityId} of type {ActivityType} on channel {ChannelId} in conversation {ConversationId}.")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string? activityId, string? activityType, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1001, EventName = "TurnStateConflict", Level = LogLevel.Warning,
        Message = "Turn for activity {ActivityId} of type {ActivityType} on channel {ChannelId} in conversation {ConversationId} was not saved because state key {StorageKey} changed during the turn.")]
    public static partial void TurnStateConflict(this ILogger logger, string? activityId, string? activityType, string? channelId, string? conversationId, string? storageKey);

    [LoggerMessage(EventId = 1002, EventName = "ErrorReplyFailed", Level = LogLevel.Warning,
        Message = "Sending the error reply for activity {ActivityId} in conversation {ConversationId} failed.")]
    public static partial void ErrorReplyFailed(this ILogger logger, Exception exception, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1020, EventName = "TypingFailed", Level = LogLevel.Warning,
        Message = "Sending a typing activity for activity {ActivityId} in conversation {ConversationId} failed; no more typing activities are sent in this turn.")]
    public static partial void TypingFailed(this ILogger logger, Exception exception, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1021, EventName = "TurnWaitingForConversation", Level = LogLevel.Debug,
        Message = "Activity {ActivityId} waits for an earlier turn in conversation {ConversationId} on channel {ChannelId} to finish.")]
    public static partial void TurnWaitingForConversation(this ILogger logger, string? activityId, string? conversationId, string? channelId);

    [LoggerMessage(EventId = 1040, EventName = "ConversationPurgeStarted", Level = LogLevel.Information,
        Message = "Conversation state retention started: state unchanged for {Retention} is deleted every {Interval}.")]
    public static partial void ConversationPurgeStarted(this ILogger logger, TimeSpan retention, TimeSpan interval);

    [LoggerMessage(EventId = 1041, EventName = "ConversationsPurged", Level = LogLevel.Information,
        Message = "Deleted {Count} conversation state documents last changed before {UpdatedBefore}.")]
    public static partial void ConversationsPurged(this ILogger logger, int count, DateTimeOffset updatedBefore);

    [LoggerMessage(EventId = 1042, EventName = "ConversationPurgeFailed", Level = LogLevel.Error,
        Message = "Deleting conversation state last changed before {UpdatedBefore} failed; the next run retries.")]
    public static partial void ConversationPurgeFailed(this ILogger logger, Exception exception, DateTimeOffset updatedBefore);

    [LoggerMessage(EventId = 1043, EventName = "ConversationPurgeStopped", Level = LogLevel.Information,
        Message = "Conversation state retention stopped.")]
    public static partial void ConversationPurgeStopped(this ILogger logger);

    [LoggerMessage(EventId = 1044, EventName = "ConversationPurgeUnsupported", Level = LogLevel.Warning,
        Message = "Storage {StorageType} cannot delete expired conversation state, so conversation state is kept until deleted by other means.")]
    public static partial void ConversationPurgeUnsupported(this ILogger logger, string storageType);

    [LoggerMessage(EventId = 1045, EventName = "SqliteCheckpointStarted", Level = LogLevel.Information,
        Message = "SQLite WAL checkpoint started: the WAL is truncated every {Interval}.")]
    public static partial void SqliteCheckpointStarted(this ILogger logger, TimeSpan interval);

    [LoggerMessage(EventId = 1046, EventName = "SqliteCheckpointBusy", Level = LogLevel.Debug,
        Message = "SQLite WAL checkpoint did not finish because another connection was reading or writing; the next run tries again.")]
    public static partial void SqliteCheckpointBusy(this ILogger logger);

    [LoggerMessage(EventId = 1047, EventName = "SqliteCheckpointFailed", Level = LogLevel.Error,
        Message = "SQLite WAL checkpoint failed; the next run tries again.")]
    public static partial void SqliteCheckpointFailed(this ILogger logger, Exception exception);
}
