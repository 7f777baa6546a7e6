using HelpBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.WebChat;

/// <summary>
/// Issues and checks web chat user credentials: JWTs signed with the Direct Line token key that
/// name one <c>dl_</c> user id. The issuer and audience differ from Direct Line tokens', so neither
/// passes as the other. A browser that keeps its credential stays the same user across
/// conversations, which is how proactive messages find it again.
/// </summary>
public sealed class WebChatUserCredentials
{
    /// <summary>Issuer and audience of every user credential.</summary>
    public const string Issuer = "helpbot-webchat-user";

    private const string UserClaim = "user";

    private readonly SignedTokenCodec _codec;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _lifetime;

    public WebChatUserCredentials(DirectLineCredentials credentials, IOptions<WebChatOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _codec = new SignedTokenCodec(credentials.SigningKey, Issuer);
        _timeProvider = timeProvider;
        _lifetime = options.Value.UserCredentialLifetime;
    }

    /// <summary>Returns a credential for <paramref name="userId"/> that expires after the configured lifetime.</summary>
    public string Issue(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var issuedAt = _timeProvider.GetUtcNow();
        return _codec.Create(issuedAt, issuedAt + _lifetime, new Dictionary<string, object>(StringComparer.Ordinal) { [UserClaim] = userId });
    }

    /// <summary>Checks the signature, issuer, expiry and user id of <paramref name="credential"/>.</summary>
    /// <returns>The status and, when valid, the user id.</returns>
    public async Task<(TokenValidationStatus Status, string? UserId)> ValidateAsync(string credential)
    {
        if (credential is null || credential.Length > 4096 || !_codec.CanRead(credential))
        {
            return (TokenValidationStatus.Malformed, null);
        }

        var jwt = await _codec.ValidateAsync(credential);
        var userId = jwt is null ? null : SignedTokenCodec.ReadString(jwt, UserClaim);
        if (jwt is null || userId is null || !DirectLineIds.IsUserId(userId))
        {
            return (TokenValidationStatus.Invalid, null);
        }

        return SignedTokenCodec.ExpiresAt(jwt) <= _timeProvider.GetUtcNow()
            ? (TokenValidationStatus.Expired, null)
            : (TokenValidationStatus.Valid, userId);
    }
}
