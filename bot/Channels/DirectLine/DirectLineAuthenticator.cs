using HelpBot.Bot.Hosting;
using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Checks the bearer credential of Direct Line requests: the secret, or a token from
/// <see cref="DirectLineTokenService"/>. Stream requests may carry the token in the <c>t</c> query
/// parameter, because browsers cannot set headers on WebSocket requests.
/// </summary>
public sealed class DirectLineAuthenticator(DirectLineCredentials credentials, DirectLineTokenService tokens, ILogger<DirectLineAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Returns the caller, or throws the error the Direct Line service returns.</summary>
    /// <param name="context">The request.</param>
    /// <param name="allowQueryToken">Whether the <c>t</c> query parameter may carry the token.</param>
    /// <exception cref="ApiErrorException">401 without a usable credential, 403 for an invalid or expired token.</exception>
    public async Task<DirectLineCaller> AuthenticateAsync(HttpContext context, bool allowQueryToken = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var credential = ReadBearer(context.Request) ?? (allowQueryToken ? context.Request.Query["t"].ToString() : null);
        if (string.IsNullOrEmpty(credential))
        {
            throw Reject(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized,
                "The request needs an Authorization header with 'Bearer' and the Direct Line secret or a token.");
        }

        if (credentials.IsSecret(credential))
        {
            return new DirectLineCaller(null);
        }

        var (status, claims) = await tokens.ValidateAsync(credential);
        return status switch
        {
            TokenValidationStatus.Valid => new DirectLineCaller(claims),
            TokenValidationStatus.Expired => throw Reject(StatusCodes.Status403Forbidden, ErrorCodes.TokenExpired,
                "The token has expired. Refresh tokens before they expire, or get a new token."),
            TokenValidationStatus.Malformed => throw Reject(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized,
                "The bearer credential is neither the Direct Line secret nor a token."),
            _ => throw Reject(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "The token was not issued by this server or its signing key has changed. Get a new token."),
        };
    }

    /// <summary>Rejects a token that belongs to another conversation with 403.</summary>
    public static void EnsureConversation(DirectLineCaller caller, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Token is { } token && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            throw new ApiErrorException(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "The token is for another conversation.");
        }
    }

    /// <summary>Rejects the secret where only a token makes sense (token refresh).</summary>
    public static DirectLineTokenClaims RequireToken(DirectLineCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Token ?? throw ApiErrorException.BadArgument("This endpoint needs a token, not the secret.");
    }

    /// <summary>Rejects a token where only the secret is allowed (token generation).</summary>
    public static void RequireSecret(DirectLineCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsSecret)
        {
            throw new ApiErrorException(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "Generating a token needs the Direct Line secret, not a token. Use /tokens/refresh to extend a token.");
        }
    }

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }

    private ApiErrorException Reject(int statusCode, string code, string message)
    {
        logger.DirectLineAuthenticationRejected(statusCode, code);
        return new ApiErrorException(statusCode, code, message);
    }
}
