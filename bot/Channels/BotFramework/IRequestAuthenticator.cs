using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Decides whether a request to <c>/api/messages</c> may be processed. Bot Framework JWT
/// validation (Azure Bot Service and Teams) plugs in here by registering another implementation.
/// </summary>
public interface IRequestAuthenticator
{
    /// <summary>Checks the request's credential against <paramref name="activity"/>, such as the serviceurl claim.</summary>
    Task<RequestAuthenticationResult> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken);
}
