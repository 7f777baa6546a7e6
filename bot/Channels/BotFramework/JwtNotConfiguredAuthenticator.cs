using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Rejects every request with 401. It is registered when a Microsoft App ID is configured but no JWT
/// validator is registered, so configuring an app id never leaves the endpoint open.
/// </summary>
public sealed class JwtNotConfiguredAuthenticator : IRequestAuthenticator
{
    public Task<RequestAuthenticationResult> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(RequestAuthenticationResult.Fail(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized,
            "BotFramework:MicrosoftAppId is set, but this build has no Bot Framework token validator, so every request is rejected. Remove the app id to run locally without authentication."));
}
