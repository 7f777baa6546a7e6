using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Registers <c>/api/messages</c>, its authenticator and the Connector client.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>BotFramework</c> options, the authenticator (anonymous without an app id, otherwise
    /// one that rejects all requests until a JWT validator is registered in its place), the
    /// Connector client and the endpoint handler.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IRequestAuthenticator>(provider =>
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous
                ? new AnonymousRequestAuthenticator()
                : new JwtNotConfiguredAuthenticator());

        services.AddTransient<LoopbackOnlyHandler>();
        services.AddHttpClient<ConnectorClient>((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.ConnectorTimeout)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
            .AddHttpMessageHandler<LoopbackOnlyHandler>();

        services.AddSingleton<MessagesEndpoint>();
        return services;
    }

    // No redirects (a loopback server could point elsewhere), no proxy (it would be the real peer),
    // and every resolved address must be loopback before a socket opens.
    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = ConnectLoopbackAsync,
    };

    private static async ValueTask<Stream> ConnectLoopbackAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var loopback = addresses.Where(LoopbackServiceUrl.IsLoopback).ToArray();
        if (loopback.Length == 0)
        {
            throw new HttpRequestException("The Connector client connects only to loopback addresses while the bot runs without authentication.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(loopback, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
