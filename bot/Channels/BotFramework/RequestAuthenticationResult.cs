using System.Security.Claims;
using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>The outcome of <see cref="IRequestAuthenticator.AuthenticateAsync"/>.</summary>
public sealed class RequestAuthenticationResult
{
    private RequestAuthenticationResult(bool succeeded, bool isAnonymous, ClaimsIdentity? identity, int statusCode, string? errorCode, string? message, string? callerId = null)
    {
        CallerId = callerId;
        Succeeded = succeeded;
        IsAnonymous = isAnonymous;
        Identity = identity;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Message = message;
    }

    /// <summary>Whether the request may be processed.</summary>
    public bool Succeeded { get; }

    /// <summary>Whether no credential was checked. Anonymous requests may only name loopback serviceUrls.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The validated caller, when a credential was checked.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>
    /// The value for <c>activity.callerId</c>, such as <c>urn:botframework:azure</c>; null when the
    /// request is anonymous.
    /// </summary>
    public string? CallerId { get; }

    /// <summary>
    /// Whether the activity's serviceUrl came with a validated credential, so the bot's own token
    /// may be sent there (when its host is also trusted) and a conversation reference may be kept.
    /// </summary>
    public bool ServiceUrlVerified => Succeeded && !IsAnonymous;

    /// <summary>The HTTP status of a failure: 401 for a missing or malformed credential, 403 for a rejected one.</summary>
    public int StatusCode { get; }

    /// <summary>The error code of a failure; see <see cref="ErrorCodes"/>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The developer-facing message of a failure. It never quotes the token.</summary>
    public string? Message { get; }

    public static RequestAuthenticationResult Anonymous() => new(true, true, null, StatusCodes.Status200OK, null, null);

    public static RequestAuthenticationResult Authenticated(ClaimsIdentity identity, string callerId) =>
        new(true, false, identity ?? throw new ArgumentNullException(nameof(identity)), StatusCodes.Status200OK, null, null, callerId);

    public static RequestAuthenticationResult Fail(int statusCode, string errorCode, string message) =>
        new(false, false, null, statusCode, errorCode, message);
}
