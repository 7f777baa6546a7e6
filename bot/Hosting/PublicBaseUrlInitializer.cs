using HelpBot.Dialogs.Conversation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Points <see cref="ConversationOptions.PublicBaseUrl"/> at the address the server listens on when
/// <c>Conversation:PublicBaseUrl</c> is not configured, so <c>.eml</c> download links work when the
/// bot runs on another port (<c>--urls</c>, port 0). It runs on ApplicationStarted because the
/// addresses are known only then. A configured value always wins.
/// </summary>
/// <remarks>
/// The dialogs read the one <see cref="IOptions{TOptions}"/> instance, which options validation has
/// already created at start-up, so this sets the property on that instance instead of post-configuring.
/// A request served in the moment between Kestrel listening and ApplicationStarted still gets the default.
/// </remarks>
public sealed class PublicBaseUrlInitializer(
    IServer server,
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    IOptions<ConversationOptions> options,
    ILogger<PublicBaseUrlInitializer> logger) : IHostedService
{
    /// <summary>Configuration key that, when set, turns this initializer off.</summary>
    public const string ConfigurationKey = $"{ConversationOptions.SectionName}:{nameof(ConversationOptions.PublicBaseUrl)}";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration[ConfigurationKey]))
        {
            lifetime.ApplicationStarted.Register(UseListeningAddress);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Returns the first listening address as an origin that a browser on this machine can open,
    /// with a wildcard host (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) replaced by
    /// <c>localhost</c>, or null when there is none.
    /// </summary>
    public static string? ToPublicOrigin(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            var normalized = address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
            return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
        }

        return null;
    }

    private void UseListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var origin = ToPublicOrigin(addresses);
        if (origin is null)
        {
            return;
        }

        options.Value.PublicBaseUrl = origin;
        logger.DraftLinksUseListeningAddress();
    }
}
