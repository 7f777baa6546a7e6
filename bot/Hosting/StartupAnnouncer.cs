using HelpBot.Bot.Channels.BotFramework;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Once the server listens, writes the web chat page's address to standard output, once per
/// listening address, and how to stop the bot when it runs in a console. Warns when
/// <c>/api/messages</c> runs without authentication.
/// </summary>
/// <remarks>
/// The address is not also logged, because the console logger writes to the same standard output.
/// The host's own "Now listening on" line is off by default (see
/// <see cref="WebApplicationBuilderExtensions.AddHelpBotHost"/>), so the address shows once.
/// </remarks>
public sealed class StartupAnnouncer(
    IServer server,
    IHostApplicationLifetime lifetime,
    IHostLifetime hostLifetime,
    IOptions<BotFrameworkOptions> botFramework,
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
            Console.WriteLine($"HelpBot web chat: {address.TrimEnd('/')}/");
        }

        // A service manager stops the bot its own way, so only a console run gets the hint.
        if (addresses.Count > 0 && hostLifetime is ConsoleLifetime)
        {
            Console.WriteLine("Press Ctrl+C to stop HelpBot.");
        }
    }
}
