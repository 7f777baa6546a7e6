namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>Why an inbound token was rejected. Logged with a reference id, never sent to the caller.</summary>
public static class TokenRejection
{
    public const string MissingAuthorization = "MissingAuthorization";
    public const string MalformedToken = "MalformedToken";
    public const string IssuerNotAllowed = "IssuerNotAllowed";
    public const string MetadataUnavailable = "MetadataUnavailable";
    public const string UnknownSigningKey = "UnknownSigningKey";
    public const string InvalidSignature = "InvalidSignature";
    public const string InvalidAudience = "InvalidAudience";
    public const string InvalidIssuer = "InvalidIssuer";
    public const string Expired = "Expired";
    public const string NotYetValid = "NotYetValid";
    public const string InvalidToken = "InvalidToken";
    public const string ServiceUrlMismatch = "ServiceUrlMismatch";
    public const string ChannelNotEndorsed = "ChannelNotEndorsed";
    public const string TenantMismatch = "TenantMismatch";
}
