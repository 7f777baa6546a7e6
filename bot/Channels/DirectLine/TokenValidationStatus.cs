namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Outcome of checking a Direct Line token.</summary>
public enum TokenValidationStatus
{
    /// <summary>Signed by this server and not expired.</summary>
    Valid,

    /// <summary>Signed by this server but past its expiry: 403 <c>TokenExpired</c>.</summary>
    Expired,

    /// <summary>Not a JWT: 401.</summary>
    Malformed,

    /// <summary>A JWT that this server did not sign, or one without the needed claims: 403.</summary>
    Invalid,
}
