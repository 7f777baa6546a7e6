using HelpBot.Protocol.Models;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs signed with HMAC-SHA256 that name one conversation
/// and one user. The user id is in the <c>user</c> claim, where DirectLineJS reads it.
/// </summary>
public sealed class DirectLineTokenService
{
    /// <summary>Issuer and audience of every token, so a token from another system never passes.</summary>
    public const string Issuer = "helpbot-directline";

    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string ChannelClaim = "chan";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly DirectLineCredentials _credentials;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _lifetime;
    private readonly TokenValidationParameters _validation;

    public DirectLineTokenService(DirectLineCredentials credentials, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _credentials = credentials;
        _timeProvider = timeProvider;
        _lifetime = options.Value.TokenLifetime;

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

    /// <summary>Returns a new token for <paramref name="userId"/> in <paramref name="conversationId"/>.</summary>
    public IssuedToken Issue(string conversationId, string userId, string channelId = ChannelIds.DirectLine) =>
        Issue(conversationId, userId, channelId, _timeProvider.GetUtcNow());

    /// <summary>Returns a new token as if issued at <paramref name="issuedAt"/>, which tests use to make expired tokens.</summary>
    internal IssuedToken Issue(string conversationId, string userId, string channelId, DateTimeOffset issuedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);

        var expiresAt = issuedAt + _lifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(_credentials.SigningKey, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [ConversationClaim] = conversationId,
                [UserClaim] = userId,
                [ChannelClaim] = channelId,
            },
        };

        var token = _handler.CreateToken(descriptor);
        var claims = new DirectLineTokenClaims(conversationId, userId, channelId, expiresAt);
        return new IssuedToken(token, (int)_lifetime.TotalSeconds, claims);
    }

    /// <summary>Checks the signature, issuer, claims and expiry of <paramref name="token"/>.</summary>
    public async Task<(TokenValidationStatus Status, DirectLineTokenClaims? Claims)> ValidateAsync(string token)
    {
        if (string.IsNullOrEmpty(token) || !_handler.CanReadToken(token))
        {
            return (TokenValidationStatus.Malformed, null);
        }

        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (TokenValidationStatus.Invalid, null);
        }

        var claims = ReadClaims(jwt);
        if (claims is null)
        {
            return (TokenValidationStatus.Invalid, null);
        }

        return claims.ExpiresAt <= _timeProvider.GetUtcNow()
            ? (TokenValidationStatus.Expired, claims)
            : (TokenValidationStatus.Valid, claims);
    }

    private static DirectLineTokenClaims? ReadClaims(JsonWebToken jwt)
    {
        var conversationId = ReadString(jwt, ConversationClaim);
        var userId = ReadString(jwt, UserClaim);
        var channelId = ReadString(jwt, ChannelClaim) ?? ChannelIds.DirectLine;
        if (conversationId is null || userId is null)
        {
            return null;
        }

        return new DirectLineTokenClaims(conversationId, userId, channelId, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    private static string? ReadString(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
