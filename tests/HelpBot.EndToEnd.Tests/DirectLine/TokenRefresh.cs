namespace HelpBot.EndToEnd.Tests.DirectLine;

/// <summary>The result of one token refresh by the Direct Line client.</summary>
/// <param name="Changed">Whether the new token differs from the old one.</param>
/// <param name="ExpiresBefore">The old token's exp claim in Unix seconds, when the token is a JWT.</param>
/// <param name="ExpiresAfter">The new token's exp claim in Unix seconds, when the token is a JWT.</param>
internal sealed record TokenRefresh(bool Changed, long? ExpiresBefore, long? ExpiresAfter);
