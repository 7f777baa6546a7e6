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
        await StartAsync(context, conversationId, userId, channelId);
    }

    /// <summary>
    /// Returns a new token and stream URL for an existing conversation. The stream replays after the
    /// <c>watermark</c> query parameter; without one it carries only new activities. A token is bound to
    /// its conversation id before <c>POST /conversations</c> starts the conversation, so a client that
    /// reconnects with such a token and id starts the conversation under that id instead of getting 404.
    /// </summary>
    public async Task ReconnectAsync(HttpContext context)
    {
        var (caller, conversationId, conversation) = await access.FindAsync(context);
        if (conversation is null)
        {
            // NOTE: a still-valid token also starts a conversation again after retention deleted it. The store
            // keeps no record of deleted ids, so the two cases look the same here.
            var claims = caller.Token ?? throw ConversationAccess.UnknownConversation();
            await StartAsync(context, conversationId, claims.UserId, claims.ChannelId);
            return;
        }

        var watermark = DirectLineIds.ParseWatermark(context.Request.Query["watermark"]) ?? conversation.LastSequence;
        var userId = caller.Token?.UserId ?? DirectLineIds.NewUserId();
        var issued = tokens.Issue(conversation.Id, userId, caller.Token?.ChannelId ?? conversation.ChannelId);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, urls.CreateConversationResponse(context.Request, issued, watermark), ProtocolJsonContext.Default.Conversation);
    }

    private async Task StartAsync(HttpContext context, string conversationId, string userId, string channelId)
    {
        var created = await conversations.StartAsync(conversationId, userId, channelId, urls.GetBaseUri(context.Request), context.RequestAborted);
        var issued = tokens.Issue(conversationId, userId, channelId);
        var status = created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        await JsonResponse.WriteAsync(context, status, urls.CreateConversationResponse(context.Request, issued, watermark: null), ProtocolJsonContext.Default.Conversation);
    }
}
