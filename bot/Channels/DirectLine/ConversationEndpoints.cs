using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST /conversations</c> (start) and <c>GET /conversations/{id}</c> (reconnect).</summary>
public sealed class ConversationEndpoints(
    DirectLineAuthenticator authenticator,
    ConversationAccess access,
    DirectLineTokenService tokens,
    DirectLineConversationService conversations,
    DirectLineUrls urls,
    IOptions<DirectLineOptions> options)
{
    /// <summary>
    /// Starts the token's conversation (201), or a new one for the secret, and greets the bot. When the
    /// token's conversation exists already, returns it with 200. The stream URL replays the whole log.
    /// </summary>
    public async Task StartAsync(HttpContext context)
    {
        var caller = await authenticator.AuthenticateAsync(context);
        var parameters = await RequestBody.ReadJsonAsync(context, ProtocolJsonContext.Default.TokenParameters, options.Value.MaxActivityBytes, required: false);

        var claims = caller.Token;
        var conversationId = claims?.ConversationId ?? DirectLineIds.NewConversationId();
        var userId = claims?.UserId ?? TokenEndpoints.ResolveUserId(parameters?.User);
        var channelId = claims?.ChannelId ?? ChannelIds.DirectLine;

        var created = await conversations.StartAsync(conversationId, userId, channelId, urls.GetBaseUri(context.Request), context.RequestAborted);
        var issued = tokens.Issue(conversationId, userId, channelId);
        var status = created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        await JsonResponse.WriteAsync(context, status, urls.CreateConversationResponse(context.Request, issued, watermark: null), ProtocolJsonContext.Default.Conversation);
    }

    /// <summary>
    /// Returns a new token and stream URL for an existing conversation. The stream replays after the
    /// <c>watermark</c> query parameter; without one it carries only new activities.
    /// </summary>
    public async Task ReconnectAsync(HttpContext context)
    {
        var (caller, conversation) = await access.OpenAsync(context);
        var watermark = DirectLineIds.ParseWatermark(context.Request.Query["watermark"]) ?? conversation.LastSequence;

        var userId = caller.Token?.UserId ?? DirectLineIds.NewUserId();
        var issued = tokens.Issue(conversation.Id, userId, caller.Token?.ChannelId ?? conversation.ChannelId);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, urls.CreateConversationResponse(context.Request, issued, watermark), ProtocolJsonContext.Default.Conversation);
    }
}
