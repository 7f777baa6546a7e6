using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: issues the page a Direct Line token for a new conversation and a
/// new <c>dl_</c> user, server-side, so the Direct Line secret never reaches the browser. The
/// conversation's turns use channel id <c>webchat</c>, as Web Chat's activities do.
/// </summary>
public sealed class WebChatTokenEndpoint(DirectLineTokenService tokens, IOptions<WebChatOptions> options, ILogger<WebChatTokenEndpoint> logger)
{
    /// <summary>Name of the rate-limiting policy of this endpoint.</summary>
    public const string RateLimitPolicy = "webchat-token";

    /// <summary>Name of the CORS policy of this endpoint, built from <see cref="WebChatOptions.AllowedOrigins"/>.</summary>
    public const string CorsPolicy = "webchat-token";

    private const int MaxBodyBytes = 1024;

    public async Task PostAsync(HttpContext context)
    {
        if (!OriginPolicy.IsAllowed(context.Request, options.Value.AllowedOrigins))
        {
            logger.WebChatTokenOriginRejected();
            throw new ApiErrorException(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "Tokens are issued only to the bot's own web chat page and to origins listed in WebChat:AllowedOrigins.");
        }

        await RequestBody.ReadBytesAsync(context, MaxBodyBytes);
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId(), ChannelIds.WebChat);
        logger.WebChatTokenIssued(issued.Claims.ConversationId);

        context.Response.Headers.CacheControl = "no-store";
        var response = new WebChatTokenResponse
        {
            Token = issued.Token,
            ConversationId = issued.Claims.ConversationId,
            ExpiresIn = issued.ExpiresInSeconds,
            UserId = issued.Claims.UserId,
        };
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, response, BotJsonContext.Default.WebChatTokenResponse);
    }
}
