using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: issues the page a Direct Line token for a new conversation,
/// server-side, so the Direct Line secret never reaches the browser. The conversation's turns use
/// channel id <c>webchat</c>, as Web Chat's activities do. A body with a valid
/// <c>userCredential</c> keeps that credential's user id; without one the page gets a new
/// <c>dl_</c> user. Every response carries a renewed credential for the page to keep.
/// </summary>
public sealed class WebChatTokenEndpoint(
    DirectLineTokenService tokens,
    WebChatUserCredentials userCredentials,
    IOptions<WebChatOptions> options,
    ILogger<WebChatTokenEndpoint> logger)
{
    /// <summary>Name of the rate-limiting policy of this endpoint.</summary>
    public const string RateLimitPolicy = "webchat-token";

    /// <summary>Name of the CORS policy of this endpoint, built from <see cref="WebChatOptions.AllowedOrigins"/>.</summary>
    public const string CorsPolicy = "webchat-token";

    private const int MaxBodyBytes = 8192;

    public async Task PostAsync(HttpContext context)
    {
        if (!OriginPolicy.IsAllowed(context.Request, options.Value.AllowedOrigins))
        {
            logger.WebChatTokenOriginRejected();
            throw new ApiErrorException(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "Tokens are issued only to the bot's own web chat page and to origins listed in WebChat:AllowedOrigins.");
        }

        // Pages of earlier versions send "{}" or no body; both mean a new user.
        var request = await RequestBody.ReadJsonAsync(context, BotJsonContext.Default.WebChatTokenRequest, MaxBodyBytes, required: false);
        var userId = await ResolveUserIdAsync(request?.UserCredential);
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), userId, ChannelIds.WebChat);
        logger.WebChatTokenIssued(issued.Claims.ConversationId);

        context.Response.Headers.CacheControl = "no-store";
        var response = new WebChatTokenResponse
        {
            Token = issued.Token,
            ConversationId = issued.Claims.ConversationId,
            ExpiresIn = issued.ExpiresInSeconds,
            UserId = issued.Claims.UserId,
            UserCredential = userCredentials.Issue(userId),
        };
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, response, BotJsonContext.Default.WebChatTokenResponse);
    }

    private async Task<string> ResolveUserIdAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return DirectLineIds.NewUserId();
        }

        var (status, userId) = await userCredentials.ValidateAsync(credential);
        switch (status)
        {
            case TokenValidationStatus.Valid:
                return userId!;
            case TokenValidationStatus.Expired:
                logger.WebChatUserCredentialRejected("expired");
                throw new ApiErrorException(StatusCodes.Status401Unauthorized, ErrorCodes.UserCredentialExpired,
                    "The web chat user credential has expired. Remove it and request a token without one to start as a new user.");
            default:
                logger.WebChatUserCredentialRejected(status == TokenValidationStatus.Malformed ? "malformed" : "invalid");
                throw new ApiErrorException(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidUserCredential,
                    "The web chat user credential is invalid: it was not issued by this bot or was changed. Remove it and request a token without one to start as a new user.");
        }
    }
}
