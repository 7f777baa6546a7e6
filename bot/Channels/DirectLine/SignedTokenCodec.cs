using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Creates and checks the host's own JWTs: HMAC-SHA256 with one key, one value as both issuer and
/// audience, so tokens of different purposes signed with the same key never pass for each other.
/// Expiry is left to the caller, which compares it with its <see cref="TimeProvider"/> so tests can
/// move the clock.
/// </summary>
internal sealed class SignedTokenCodec
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _signing;
    private readonly string _issuer;
    private readonly TokenValidationParameters _validation;

    public SignedTokenCodec(SecurityKey key, string issuer)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        _signing = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        _issuer = issuer;
        _validation = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = issuer,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        };
    }

    /// <summary>Returns a signed token with <paramref name="claims"/>, issued and expiring at the given times.</summary>
    public string Create(DateTimeOffset issuedAt, DateTimeOffset expiresAt, Dictionary<string, object> claims) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = _issuer,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = _signing,
            Claims = claims,
        });

    /// <summary>True when <paramref name="token"/> is shaped like a JWT at all.</summary>
    public bool CanRead(string? token) => !string.IsNullOrEmpty(token) && _handler.CanReadToken(token);

    /// <summary>Returns the token when its signature, algorithm, issuer and audience are valid, otherwise null.</summary>
    public async Task<JsonWebToken?> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, _validation);
        return result.IsValid ? result.SecurityToken as JsonWebToken : null;
    }

    /// <summary>Returns the token's expiry.</summary>
    public static DateTimeOffset ExpiresAt(JsonWebToken token) => new(token.ValidTo, TimeSpan.Zero);

    /// <summary>Returns a non-empty string claim, or null.</summary>
    public static string? ReadString(JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
