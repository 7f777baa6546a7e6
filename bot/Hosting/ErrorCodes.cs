namespace HelpBot.Bot.Hosting;

/// <summary>
/// Values of <c>error.code</c> in the <c>{"error":{"code","message"}}</c> envelope that every
/// endpoint of the host returns. The Direct Line 3.0 service uses the same codes where it defines one.
/// </summary>
public static class ErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string MissingProperty = "MissingProperty";
    public const string Unauthorized = "Unauthorized";
    public const string Forbidden = "Forbidden";
    public const string TokenExpired = "TokenExpired";
    public const string NotFound = "NotFound";
    public const string MethodNotAllowed = "MethodNotAllowed";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string Throttled = "Throttled";
    public const string BotRejectedActivity = "BotRejectedActivity";
    public const string BotTimeout = "BotTimeout";
    public const string ServiceError = "ServiceError";
    public const string ConnectorFailed = "ConnectorFailed";

    /// <summary>The web chat user credential is not one this host signed, or names no valid user.</summary>
    public const string InvalidUserCredential = "InvalidUserCredential";

    /// <summary>The web chat user credential is past its expiry.</summary>
    public const string UserCredentialExpired = "UserCredentialExpired";
}
