namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>A signed token and its lifetime in seconds, as Direct Line returns them in <c>expires_in</c>.</summary>
public sealed record IssuedToken(string Token, int ExpiresInSeconds, DirectLineTokenClaims Claims);
