using HelpBot.Protocol.Models;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

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

    private readonly SignedTokenCodec _codec;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(DirectLineCredentials credentials, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _codec = new SignedTokenCodec(credentials.SigningKey, Issuer);
        _timeProvider = timeProvider;
        _lifetime = options.Value.TokenLifetime;
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
        var token = _codec.Create(issuedAt, expiresAt, new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ConversationClaim] = conversationId,
            [UserClaim] = userId,
            [ChannelClaim] = channelId,
        });
        var claims = new DirectLineTokenClaims(conversationId, userId, channelId, expiresAt);
        return new IssuedToken(token, (int)_lifetime.TotalSeconds, claims);
    }

    /// <summary>Checks the signature, issuer, claims and expiry of <paramref name="token"/>.</summary>
    public async Task<(TokenValidationStatus Status, DirectLineTokenClaims? Claims)> ValidateAsync(string token)
    {
        if (!_codec.CanRead(token))
        {
            return (TokenValidationStatus.Malformed, null);
        }

        var jwt = await _codec.ValidateAsync(token);
        if (jwt is null)
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
        var conversationId = SignedTokenCodec.ReadString(jwt, ConversationClaim);
        var userId = SignedTokenCodec.ReadString(jwt, UserClaim);
        var channelId = SignedTokenCodec.ReadString(jwt, ChannelClaim) ?? ChannelIds.DirectLine;
        if (conversationId is null || userId is null)
        {
            return null;
        }

        return new DirectLineTokenClaims(conversationId, userId, channelId, SignedTokenCodec.ExpiresAt(jwt));
    }
}
