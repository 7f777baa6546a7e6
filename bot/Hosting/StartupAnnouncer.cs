using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Once the server listens, writes the web chat page's address to the log and to the console (for
/// the person who started the bot). Warns when <c>/api/messages</c> runs without authentication.
/// </summary>
public sealed class StartupAnnouncer(
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<BotFrameworkOptions> botFramework,
    DirectLineCredentials credentials,
    IRequestAuthenticator authenticator,
    ILogger<StartupAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (botFramework.Value.IsAnonymous)
        {
            logger.AnonymousMessagesEndpoint();
        }
        else if (authenticator is JwtNotConfiguredAuthenticator)
        {
            logger.JwtValidatorMissing();
        }

        lifetime.ApplicationStarted.Register(AnnounceAddresses);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void AnnounceAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var page = $"{address.TrimEnd('/')}/";
            logger.WebChatPageAddress(page);
            Console.WriteLine($"HelpBot web chat: {page}");
        }

        if (credentials.IsSecretGenerated)
        {
            Console.WriteLine("HelpBot Direct Line: no DirectLine:Secret is configured; the web chat page works with tokens only.");
        }
    }
}
