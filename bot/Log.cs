namespace HelpBot.Bot;

/// <summary>
/// Every log event of HelpBot.Bot. Events carry ids, counts, sizes and status codes, never message
/// text, tokens, secrets or file names. Event ids: 5000-5099 Direct Line, 5100-5199
/// <c>/api/messages</c> and the Connector client, 5200-5299 host. Next free id: 5014, 5118, 5213.
/// Proactive delivery (5300-5399) is in Proactive/ProactiveLog.cs, the same partial class.
/// </summary>
internal static partial class Log
{
    // Direct Line: 5000-5099.

    [LoggerMessage(EventId = 5000, EventName = "DirectLineConversationStarted", Level = LogLevel.Information,
        Message = "Direct Line conversation {ConversationId} started.")]
    public static partial void DirectLineConversationStarted(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5001, EventName = "DirectLineActivityPosted", Level = LogLevel.Debug,
        Message = "Direct Line activity {ActivityId} of type {ActivityType} with {AttachmentCount} attachments posted to conversation {ConversationId}.")]
    public static partial void DirectLineActivityPosted(this ILogger logger, string conversationId, string? activityId, string? activityType, int attachmentCount);

    [LoggerMessage(EventId = 5002, EventName = "DirectLineTurnTimedOut", Level = LogLevel.Warning,
        Message = "The bot did not finish the turn for activity {ActivityId} in Direct Line conversation {ConversationId} within {TimeoutMilliseconds} ms.")]
    public static partial void DirectLineTurnTimedOut(this ILogger logger, string conversationId, string? activityId, int timeoutMilliseconds);

    [LoggerMessage(EventId = 5003, EventName = "DirectLineTurnFailed", Level = LogLevel.Error,
        Message = "The bot's turn failed with {ExceptionType} for activity {ActivityId} in Direct Line conversation {ConversationId}.")]
    public static partial void DirectLineTurnFailed(this ILogger logger, string? exceptionType, string conversationId, string? activityId);

    [LoggerMessage(EventId = 5004, EventName = "DirectLineAuthenticationRejected", Level = LogLevel.Information,
        Message = "Direct Line request rejected with status {StatusCode} and code {ErrorCode}.")]
    public static partial void DirectLineAuthenticationRejected(this ILogger logger, int statusCode, string errorCode);

    [LoggerMessage(EventId = 5005, EventName = "DirectLineUploadStored", Level = LogLevel.Information,
        Message = "Stored {FileCount} uploaded files ({TotalBytes} bytes) in Direct Line conversation {ConversationId}.")]
    public static partial void DirectLineUploadStored(this ILogger logger, string conversationId, int fileCount, long totalBytes);

    [LoggerMessage(EventId = 5006, EventName = "DirectLineStreamOpened", Level = LogLevel.Debug,
        Message = "Direct Line stream opened for conversation {ConversationId}; {StreamCount} streams are open.")]
    public static partial void DirectLineStreamOpened(this ILogger logger, string conversationId, int streamCount);

    [LoggerMessage(EventId = 5007, EventName = "DirectLineStreamClosed", Level = LogLevel.Debug,
        Message = "Direct Line stream closed for conversation {ConversationId}; {StreamCount} streams remain open.")]
    public static partial void DirectLineStreamClosed(this ILogger logger, string conversationId, int streamCount);

    [LoggerMessage(EventId = 5008, EventName = "DirectLineConversationsDeleted", Level = LogLevel.Information,
        Message = "Deleted {ConversationCount} Direct Line conversations past the retention period.")]
    public static partial void DirectLineConversationsDeleted(this ILogger logger, int conversationCount);

    [LoggerMessage(EventId = 5009, EventName = "DirectLineCleanupFailed", Level = LogLevel.Error,
        Message = "Deleting Direct Line conversations past the retention period failed; the next run tries again.")]
    public static partial void DirectLineCleanupFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5013, EventName = "DirectLineTranscriptRedacted", Level = LogLevel.Debug,
        Message = "Replaced personal data in {StringCount} strings of activity {ActivityId} before storing it in Direct Line conversation {ConversationId}.")]
    public static partial void DirectLineTranscriptRedacted(this ILogger logger, string conversationId, string? activityId, int stringCount);

    [LoggerMessage(EventId = 5014, EventName = "DirectLineTranscriptPasswordsReplaced", Level = LogLevel.Information,
        Message = "Replaced {PasswordCount} passwords that the bot found in activity {ActivityId} of Direct Line conversation {ConversationId}.")]
    public static partial void DirectLineTranscriptPasswordsReplaced(this ILogger logger, string conversationId, string? activityId, int passwordCount);

    [LoggerMessage(EventId = 5010, EventName = "DirectLineSecretGenerated", Level = LogLevel.Information,
        Message = "No DirectLine:Secret is configured; a random secret was generated, so only tokens from /api/webchat/token work.")]
    public static partial void DirectLineSecretGenerated(this ILogger logger);

    [LoggerMessage(EventId = 5011, EventName = "DirectLineSigningKeyInMemory", Level = LogLevel.Information,
        Message = "The Direct Line token signing key was generated in memory; tokens stop working when the process stops.")]
    public static partial void DirectLineSigningKeyInMemory(this ILogger logger);

    [LoggerMessage(EventId = 5012, EventName = "DirectLineSigningKeyCreated", Level = LogLevel.Information,
        Message = "A Direct Line token signing key was generated and saved in the data folder.")]
    public static partial void DirectLineSigningKeyCreated(this ILogger logger);

    // /api/messages and the Connector client: 5100-5199.

    [LoggerMessage(EventId = 5100, EventName = "MessagesActivityReceived", Level = LogLevel.Debug,
        Message = "Activity {ActivityId} of type {ActivityType} received for conversation {ConversationId}.")]
    public static partial void MessagesActivityReceived(this ILogger logger, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 5101, EventName = "MessagesRequestRejected", Level = LogLevel.Warning,
        Message = "Request to /api/messages rejected by authentication with status {StatusCode} and code {ErrorCode}.")]
    public static partial void MessagesRequestRejected(this ILogger logger, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 5102, EventName = "MessagesServiceUrlRejected", Level = LogLevel.Warning,
        Message = "Activity {ActivityId} of type {ActivityType} rejected: its serviceUrl is not a loopback http(s) address (anonymous {IsAnonymous}).")]
    public static partial void MessagesServiceUrlRejected(this ILogger logger, string? activityType, string? activityId, bool isAnonymous);

    [LoggerMessage(EventId = 5103, EventName = "MessagesReplyFailed", Level = LogLevel.Warning,
        Message = "Replying to activity {ActivityId} in conversation {ConversationId} failed with {ExceptionType}.")]
    public static partial void MessagesReplyFailed(this ILogger logger, string? exceptionType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 5104, EventName = "MessagesInvokeAnswered", Level = LogLevel.Debug,
        Message = "Invoke activity {ActivityId} answered with status {StatusCode}.")]
    public static partial void MessagesInvokeAnswered(this ILogger logger, string? activityId, int statusCode);

    [LoggerMessage(EventId = 5105, EventName = "ConnectorReplySent", Level = LogLevel.Debug,
        Message = "Sent an activity of type {ActivityType} to conversation {ConversationId} (reply to {ReplyToId}); the Connector answered {StatusCode}.")]
    public static partial void ConnectorReplySent(this ILogger logger, string conversationId, string? replyToId, string? activityType, int statusCode);

    [LoggerMessage(EventId = 5107, EventName = "MessagesTokenRejected", Level = LogLevel.Warning,
        Message = "Request to /api/messages rejected with status {StatusCode}, reference {Reference}: {Reason}.")]
    public static partial void MessagesTokenRejected(this ILogger logger, string reference, string reason, int statusCode);

    [LoggerMessage(EventId = 5108, EventName = "MessagesTokenAccepted", Level = LogLevel.Debug,
        Message = "Token from {TokenSource} accepted, signed with key {KeyId}.")]
    public static partial void MessagesTokenAccepted(this ILogger logger, Channels.BotFramework.Authentication.TokenSource tokenSource, string? keyId);

    [LoggerMessage(EventId = 5109, EventName = "ConnectorRequestFailed", Level = LogLevel.Warning,
        Message = "Connector {Method} request failed after retries: the Connector answered {StatusCode}.")]
    public static partial void ConnectorRequestFailed(this ILogger logger, string method, int statusCode);

    [LoggerMessage(EventId = 5110, EventName = "ConnectorTokenWithheld", Level = LogLevel.Warning,
        Message = "The bot's token was not sent to {ServiceUrlAuthority} (verified {Verified}): the serviceUrl is not verified or its host is not trusted.")]
    public static partial void ConnectorTokenWithheld(this ILogger logger, string serviceUrlAuthority, bool verified);

    [LoggerMessage(EventId = 5111, EventName = "MessagesTurnContinuesInBackground", Level = LogLevel.Information,
        Message = "The turn for activity {ActivityId} in conversation {ConversationId} outlived the response timeout; it continues in the background.")]
    public static partial void MessagesTurnContinuesInBackground(this ILogger logger, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 5112, EventName = "MessagesBackgroundTurnFinished", Level = LogLevel.Debug,
        Message = "The background turn for activity {ActivityId} in conversation {ConversationId} finished.")]
    public static partial void MessagesBackgroundTurnFinished(this ILogger logger, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 5113, EventName = "MessagesBackgroundTurnFailed", Level = LogLevel.Error,
        Message = "The background turn for activity {ActivityId} in conversation {ConversationId} failed with {ExceptionType}.")]
    public static partial void MessagesBackgroundTurnFailed(this ILogger logger, string? exceptionType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 5114, EventName = "MessagesTenantRejected", Level = LogLevel.Warning,
        Message = "Activity {ActivityId} rejected: its tenant is not in BotFramework:AllowedTenants.")]
    public static partial void MessagesTenantRejected(this ILogger logger, string? activityId);

    [LoggerMessage(EventId = 5115, EventName = "TeamsMentionStripped", Level = LogLevel.Debug,
        Message = "Removed the bot's mention from message {ActivityId}.")]
    public static partial void TeamsMentionStripped(this ILogger logger, string? activityId);

    [LoggerMessage(EventId = 5116, EventName = "TeamsReferenceSaved", Level = LogLevel.Information,
        Message = "Saved the conversation reference of {ConversationId} (serviceUrl verified {Verified}).")]
    public static partial void TeamsReferenceSaved(this ILogger logger, string? conversationId, bool verified);

    [LoggerMessage(EventId = 5117, EventName = "TeamsReferenceForgotten", Level = LogLevel.Information,
        Message = "Deleted the conversation reference of {ConversationId} after the bot was removed.")]
    public static partial void TeamsReferenceForgotten(this ILogger logger, string? conversationId);

    // Host: 5200-5299.

    // 5200 was the web chat page's address, which StartupAnnouncer now writes to standard output
    // only; the id stays unused.

    [LoggerMessage(EventId = 5201, EventName = "AnonymousMessagesEndpoint", Level = LogLevel.Warning,
        Message = "No BotFramework:MicrosoftAppId is configured: /api/messages accepts requests without authentication and replies only to loopback serviceUrls. Configure an app id before exposing the bot.")]
    public static partial void AnonymousMessagesEndpoint(this ILogger logger);

    [LoggerMessage(EventId = 5202, EventName = "JwtValidatorMissing", Level = LogLevel.Error,
        Message = "BotFramework:MicrosoftAppId is set but no Bot Framework token validator is registered: /api/messages rejects every request with 401.")]
    public static partial void JwtValidatorMissing(this ILogger logger);

    [LoggerMessage(EventId = 5203, EventName = "UnhandledRequestException", Level = LogLevel.Error,
        Message = "{Method} request to endpoint {Endpoint} failed with an unhandled exception; the client got 500.")]
    public static partial void UnhandledRequestException(this ILogger logger, Exception exception, string method, string? endpoint);

    [LoggerMessage(EventId = 5204, EventName = "WebChatTokenIssued", Level = LogLevel.Debug,
        Message = "Issued a web chat token for conversation {ConversationId}.")]
    public static partial void WebChatTokenIssued(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5205, EventName = "WebChatTokenOriginRejected", Level = LogLevel.Warning,
        Message = "Rejected a web chat token request from an origin that is neither this host nor listed in WebChat:AllowedOrigins.")]
    public static partial void WebChatTokenOriginRejected(this ILogger logger);

    [LoggerMessage(EventId = 5206, EventName = "WebChatTokenRateLimited", Level = LogLevel.Warning,
        Message = "Rejected a web chat token request over the per-address rate limit.")]
    public static partial void WebChatTokenRateLimited(this ILogger logger);

    // 5207 was the placeholder bot's start-up warning; the id stays unused.

    [LoggerMessage(EventId = 5208, EventName = "DraftDownloaded", Level = LogLevel.Information,
        Message = "Served an e-mail draft of {ByteCount} bytes.")]
    public static partial void DraftDownloaded(this ILogger logger, int byteCount);

    [LoggerMessage(EventId = 5209, EventName = "DraftNotFound", Level = LogLevel.Information,
        Message = "An e-mail draft download was requested for an id that is malformed, unknown or expired; the client got 404.")]
    public static partial void DraftNotFound(this ILogger logger);

    [LoggerMessage(EventId = 5210, EventName = "DraftLinksUseListeningAddress", Level = LogLevel.Information,
        Message = "No Conversation:PublicBaseUrl is configured, so e-mail draft links use the address the server listens on, with localhost for a wildcard host.")]
    public static partial void DraftLinksUseListeningAddress(this ILogger logger);

    [LoggerMessage(EventId = 5211, EventName = "InvalidSettings", Level = LogLevel.Critical,
        Message = "HelpBot did not start because settings are invalid ({InvalidSettingCount} found). Standard error names each one.")]
    public static partial void InvalidSettings(this ILogger logger, int invalidSettingCount);

    [LoggerMessage(EventId = 5212, EventName = "AddressInUse", Level = LogLevel.Critical,
        Message = "HelpBot did not start because another process listens on its address. Standard error names the port.")]
    public static partial void AddressInUse(this ILogger logger);
}
