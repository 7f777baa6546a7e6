using HelpBot.Runtime.Proactive;

namespace HelpBot.Bot;

// Proactive delivery: 5300-5399, in this file so the events of bot/Proactive stay together.
// Next free id: 5310.
internal static partial class Log
{
    [LoggerMessage(EventId = 5300, EventName = "ProactiveNoAddress", Level = LogLevel.Information,
        Message = "No conversation is known for the proactive message's user on channel {ChannelId}.")]
    public static partial void ProactiveNoAddress(this ILogger logger, string channelId);

    [LoggerMessage(EventId = 5301, EventName = "ProactiveConnectorDelivered", Level = LogLevel.Information,
        Message = "{ActivityCount} proactive activities sent through the Connector to conversation {ConversationId}.")]
    public static partial void ProactiveConnectorDelivered(this ILogger logger, string? conversationId, int activityCount);

    [LoggerMessage(EventId = 5302, EventName = "ProactiveConnectorFailed", Level = LogLevel.Warning,
        Message = "The Connector rejected a proactive message on channel {ChannelId} with HTTP {StatusCode}.")]
    public static partial void ProactiveConnectorFailed(this ILogger logger, string channelId, int statusCode);

    [LoggerMessage(EventId = 5303, EventName = "ProactiveConnectorUnreachable", Level = LogLevel.Warning,
        Message = "A proactive message on channel {ChannelId} failed with {ExceptionType} before the Connector returned a response.")]
    public static partial void ProactiveConnectorUnreachable(this ILogger logger, string channelId, string? exceptionType);

    [LoggerMessage(EventId = 5304, EventName = "ProactiveConversationCreated", Level = LogLevel.Information,
        Message = "Personal conversation {ConversationId} created for a proactive message.")]
    public static partial void ProactiveConversationCreated(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5305, EventName = "ProactiveDirectLineDelivered", Level = LogLevel.Information,
        Message = "{ActivityCount} proactive activities appended to Direct Line conversation {ConversationId}: {Delivery}.")]
    public static partial void ProactiveDirectLineDelivered(this ILogger logger, string conversationId, int activityCount, ProactiveDelivery delivery);

    [LoggerMessage(EventId = 5306, EventName = "ProactiveConversationGone", Level = LogLevel.Warning,
        Message = "Direct Line conversation {ConversationId} of a proactive message does not exist; the user's latest conversation gets it.")]
    public static partial void ProactiveConversationGone(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5307, EventName = "ProactivePendingDelivered", Level = LogLevel.Debug,
        Message = "Pending proactive messages in Direct Line conversation {ConversationId} were read by a client.")]
    public static partial void ProactivePendingDelivered(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5308, EventName = "ProactivePendingMoved", Level = LogLevel.Information,
        Message = "{ActivityCount} pending proactive messages copied into new Direct Line conversation {ConversationId}.")]
    public static partial void ProactivePendingMoved(this ILogger logger, string conversationId, int activityCount);

    [LoggerMessage(EventId = 5309, EventName = "WebChatUserCredentialRejected", Level = LogLevel.Information,
        Message = "A web chat user credential was rejected: {Reason}.")]
    public static partial void WebChatUserCredentialRejected(this ILogger logger, string reason);

    [LoggerMessage(EventId = 5310, EventName = "ProactiveMovedToLatest", Level = LogLevel.Debug,
        Message = "No client has Direct Line conversation {ConversationId} open, so a proactive message goes to the user's latest conversation {LatestConversationId}, which a client has open.")]
    public static partial void ProactiveMovedToLatest(this ILogger logger, string conversationId, string latestConversationId);
}
