using HelpBot.Bot.Hosting;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST /tokens/generate</c> (secret only) and <c>POST /tokens/refresh</c> (token only).</summary>
public sealed class TokenEndpoints(DirectLineAuthenticator authenticator, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    /// <summary>Issues a token for a new conversation id; the conversation starts with <c>POST /conversations</c>.</summary>
    public async Task GenerateAsync(HttpContext context)
    {
        var caller = await authenticator.AuthenticateAsync(context);
        DirectLineAuthenticator.RequireSecret(caller);
        var parameters = await RequestBody.ReadJsonAsync(context, ProtocolJsonContext.Default.TokenParameters, options.Value.MaxActivityBytes, required: false);

        var userId = ResolveUserId(parameters?.User);
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), userId);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ToResponse(issued), ProtocolJsonContext.Default.Conversation);
    }

    /// <summary>Issues a new token with the same conversation and user and a new expiry.</summary>
    public async Task RefreshAsync(HttpContext context)
    {
        var caller = await authenticator.AuthenticateAsync(context);
        var claims = DirectLineAuthenticator.RequireToken(caller);
        await RequestBody.ReadBytesAsync(context, options.Value.MaxActivityBytes);

        var issued = tokens.Issue(claims.ConversationId, claims.UserId, claims.ChannelId);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, ToResponse(issued), ProtocolJsonContext.Default.Conversation);
    }

    /// <summary>Returns the requested user id after checking it, or a new <c>dl_</c> id when none was requested.</summary>
    /// <exception cref="ApiErrorException">400 when the id does not start with <c>dl_</c> or has unsafe characters.</exception>
    public static string ResolveUserId(ChannelAccount? user)
    {
        if (string.IsNullOrEmpty(user?.Id))
        {
            return DirectLineIds.NewUserId();
        }

        return DirectLineIds.IsUserId(user.Id)
            ? user.Id
            : throw ApiErrorException.BadArgument(
                "user.id must start with 'dl_' and have at most 128 letters, digits or the characters _ . : @ -. Leave it out to get a generated id.");
    }

    private static Conversation ToResponse(IssuedToken issued) => new()
    {
        ConversationId = issued.Claims.ConversationId,
        Token = issued.Token,
        ExpiresIn = issued.ExpiresInSeconds,
    };
}
