namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Who made a Direct Line request: the holder of the secret, or a token's user.</summary>
/// <param name="Token">The token's claims; null when the secret was used.</param>
public sealed record DirectLineCaller(DirectLineTokenClaims? Token)
{
    /// <summary>Whether the caller used the secret, which opens every conversation.</summary>
    public bool IsSecret => Token is null;
}
