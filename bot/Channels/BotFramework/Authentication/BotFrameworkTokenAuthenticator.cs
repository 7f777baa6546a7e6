using System.Security.Claims;
using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Validates the Bot Framework or Entra ID bearer token of a <c>/api/messages</c> request: issuer
/// from an explicit allow-list, audience = the app id, lifetime with 5 minutes of clock skew, an
/// RS256/384/512 signature by a key from the issuer's metadata, the signing key's endorsement of
/// the activity's channel, the <c>serviceurl</c> claim, and for Entra tokens the tenant. A missing
/// or malformed credential gets 401, every other failure 403. The caller sees only a reference id;
/// the reason is logged under it.
/// </summary>
public sealed class BotFrameworkTokenAuthenticator : IRequestAuthenticator
{
    /// <summary>Name of the HttpClient that fetches OpenID metadata and key sets.</summary>
    public const string MetadataHttpClientName = "HelpBot.BotFramework.OpenIdMetadata";

    private const string BearerPrefix = "Bearer ";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly TokenIssuerPolicy _issuers;
    private readonly SigningKeySource _botConnectorKeys;
    private readonly SigningKeySource _entraKeys;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ILogger<BotFrameworkTokenAuthenticator> _logger;

    public BotFrameworkTokenAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, ILogger<BotFrameworkTokenAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _issuers = new TokenIssuerPolicy(_options);
        var httpClient = httpClientFactory.CreateClient(MetadataHttpClientName);
        _botConnectorKeys = new SigningKeySource(_options.OpenIdMetadataUrl, httpClient, _options.OpenIdMetadataRefreshInterval);
        _entraKeys = new SigningKeySource(_options.EntraOpenIdMetadataUrl, httpClient, _options.OpenIdMetadataRefreshInterval);
        _logger = logger;
    }

    public async Task<RequestAuthenticationResult> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(activity);

        var token = ReadBearerToken(request);
        if (token is null)
        {
            return Reject(StatusCodes.Status401Unauthorized, TokenRejection.MissingAuthorization);
        }

        if (!TryReadToken(token, out var unverified))
        {
            return Reject(StatusCodes.Status401Unauthorized, TokenRejection.MalformedToken);
        }

        var source = _issuers.SelectSource(unverified.Issuer);
        if (source is null)
        {
            return Reject(StatusCodes.Status403Forbidden, TokenRejection.IssuerNotAllowed);
        }

        return await ValidateAsync(token, unverified, source.Value, activity, cancellationToken);
    }

    private async Task<RequestAuthenticationResult> ValidateAsync(string token, JsonWebToken unverified, TokenSource source, Activity activity, CancellationToken cancellationToken)
    {
        SigningKeySet keys;
        try
        {
            keys = await (source == TokenSource.BotConnector ? _botConnectorKeys : _entraKeys).GetKeysAsync(unverified.Kid, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return Reject(StatusCodes.Status503ServiceUnavailable, TokenRejection.MetadataUnavailable);
        }

        if (unverified.Kid is { Length: > 0 } kid && !keys.Contains(kid))
        {
            return Reject(StatusCodes.Status403Forbidden, TokenRejection.UnknownSigningKey);
        }

        var result = await _handler.ValidateTokenAsync(token, CreateParameters(keys));
        if (!result.IsValid)
        {
            return Reject(StatusCodes.Status403Forbidden, Classify(result.Exception));
        }

        var rejection = CheckBinding((JsonWebToken)result.SecurityToken, source, keys, activity);
        if (rejection is not null)
        {
            return Reject(StatusCodes.Status403Forbidden, rejection);
        }

        _logger.MessagesTokenAccepted(source, result.SecurityToken.SigningKey?.KeyId);
        return RequestAuthenticationResult.Authenticated(result.ClaimsIdentity, BotFrameworkEndpoints.PublicCloudCallerId);
    }

    private TokenValidationParameters CreateParameters(SigningKeySet keys) => new()
    {
        ValidIssuers = _issuers.ValidIssuers,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = Algorithms,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ValidateLifetime = true,
    };

    // The checks that tie a valid token to this activity.
    private string? CheckBinding(JsonWebToken token, TokenSource source, SigningKeySet keys, Activity activity)
    {
        if (!IsEndorsed(token.SigningKey?.KeyId, source, keys, activity.ChannelId))
        {
            return TokenRejection.ChannelNotEndorsed;
        }

        var hasServiceUrl = token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl);
        var serviceUrlRequired = source == TokenSource.BotConnector;
        if ((serviceUrlRequired || hasServiceUrl) && !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return TokenRejection.ServiceUrlMismatch;
        }

        if (source == TokenSource.Entra)
        {
            var issuerTenant = _issuers.GetIssuerTenant(token.Issuer);
            var tenant = token.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
            if (issuerTenant is null || !string.Equals(tenant, issuerTenant, StringComparison.OrdinalIgnoreCase))
            {
                return TokenRejection.TenantMismatch;
            }
        }

        return null;
    }

    // Bot Connector keys must list the channel. Entra keys carry no endorsements; one that does must list it too.
    private static bool IsEndorsed(string? keyId, TokenSource source, SigningKeySet keys, string? channelId)
    {
        if (keyId is null || !keys.Endorsements.TryGetValue(keyId, out var endorsements))
        {
            return source == TokenSource.Entra;
        }

        return !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId);
    }

    private static string? ReadBearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[BearerPrefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private bool TryReadToken(string token, out JsonWebToken unverified)
    {
        unverified = null!;
        if (!_handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            unverified = _handler.ReadJsonWebToken(token);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Classify(Exception? error) => error switch
    {
        SecurityTokenSignatureKeyNotFoundException => TokenRejection.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => TokenRejection.InvalidSignature,
        SecurityTokenInvalidAudienceException => TokenRejection.InvalidAudience,
        SecurityTokenInvalidIssuerException => TokenRejection.InvalidIssuer,
        SecurityTokenExpiredException => TokenRejection.Expired,
        SecurityTokenNotYetValidException => TokenRejection.NotYetValid,
        _ => TokenRejection.InvalidToken,
    };

    private RequestAuthenticationResult Reject(int statusCode, string reason)
    {
        var reference = Guid.NewGuid().ToString("N")[..12];
        _logger.MessagesTokenRejected(reference, reason, statusCode);
        return statusCode switch
        {
            StatusCodes.Status401Unauthorized => RequestAuthenticationResult.Fail(statusCode, ErrorCodes.Unauthorized,
                $"The request needs a valid Bot Framework bearer token in the Authorization header (reference {reference})."),
            StatusCodes.Status503ServiceUnavailable => RequestAuthenticationResult.Fail(statusCode, ErrorCodes.ServiceError,
                $"The request cannot be authenticated right now; try again later (reference {reference})."),
            _ => RequestAuthenticationResult.Fail(statusCode, ErrorCodes.Forbidden,
                $"The request's token was rejected (reference {reference})."),
        };
    }
}
