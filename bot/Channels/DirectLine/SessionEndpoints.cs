using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /session/getsessionid</c>, which DirectLineJS calls for single sign-on. HelpBot has no
/// sign-on, so it returns a fresh random id that nothing else uses.
/// </summary>
public sealed class SessionEndpoints(DirectLineAuthenticator authenticator)
{
    public async Task GetSessionIdAsync(HttpContext context)
    {
        await authenticator.AuthenticateAsync(context);
        var response = new SessionIdResponse { SessionId = DirectLineIds.NewConversationId() };
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, response, BotJsonContext.Default.SessionIdResponse);
    }
}
