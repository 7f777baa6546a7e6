using HelpBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

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

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly DirectLineCredentials _credentials;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _lifetime;
    private readonly TokenValidationParameters _validation;

    public WebChatUserCredentials(DirectLineCredentials credentials, IOptions<WebChatOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _credentials = credentials;
        _timeProvider = timeProvider;
        _lifetime = options.Value.UserCredentialLifetime;

        // Expiry is checked against the TimeProvider below, so tests can move the clock.
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = credentials.SigningKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        };
    }

    /// <summary>Returns a credential for <paramref name="userId"/> that expires after the configured lifetime.</summary>
    public string Issue(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var issuedAt = _timeProvider.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = (issuedAt + _lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(_credentials.SigningKey, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>(StringComparer.Ordinal) { [UserClaim] = userId },
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>Checks the signature, issuer, expiry and user id of <paramref name="credential"/>.</summary>
    /// <returns>The status and, when valid, the user id.</returns>
    public async Task<(TokenValidationStatus Status, string? UserId)> ValidateAsync(string credential)
    {
        if (string.IsNullOrEmpty(credential) || credential.Length > 4096 || !_handler.CanReadToken(credential))
        {
            return (TokenValidationStatus.Malformed, null);
        }

        var result = await _handler.ValidateTokenAsync(credential, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId) || !DirectLineIds.IsUserId(userId))
        {
            return (TokenValidationStatus.Invalid, null);
        }

        return new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) <= _timeProvider.GetUtcNow()
            ? (TokenValidationStatus.Expired, null)
            : (TokenValidationStatus.Valid, userId);
    }
}
