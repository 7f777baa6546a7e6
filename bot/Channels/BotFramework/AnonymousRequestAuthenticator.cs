using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Accepts every request without a credential, for local tools (Emulator style). Registered only
/// when no Microsoft App ID is configured, and its results are anonymous, so the endpoint replies
/// to loopback serviceUrls only.
/// </summary>
public sealed class AnonymousRequestAuthenticator : IRequestAuthenticator
{
    public Task<RequestAuthenticationResult> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(RequestAuthenticationResult.Anonymous());
}
