using System.Net;
using System.Net.Sockets;
using HelpBot.Bot.Channels.BotFramework.Authentication;
using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Bot.Channels.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Registers <c>/api/messages</c>, its authenticator, the outbound token provider, the Connector client and the Teams layer.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>BotFramework</c> options (validated at start-up), the authenticator (anonymous
    /// without an app id, otherwise <see cref="BotFrameworkTokenAuthenticator"/>), the MSAL token
    /// provider, the Connector client with retries and per-conversation pacing, the Teams adapter
    /// and the endpoint handler. An <see cref="IBotTokenProvider"/> registered earlier is kept.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());

        AddAuthentication(services);
        AddConnector(services);
        AddTeams(services);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BackgroundTurnRunner>();
        services.AddSingleton<MessagesEndpoint>();
        return services;
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddHttpClient(BotFrameworkTokenAuthenticator.MetadataHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<IRequestAuthenticator>(provider =>
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous
                ? new AnonymousRequestAuthenticator()
                : ActivatorUtilities.CreateInstance<BotFrameworkTokenAuthenticator>(provider));
    }

    private static void AddConnector(IServiceCollection services)
    {
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<ConversationPacer>();

        services.AddTransient<LoopbackOnlyHandler>();
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => CreatePrimaryHandler(provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous))
            .AddHttpMessageHandler<LoopbackOnlyHandler>()
            .AddResilienceHandler("connector", ConfigureResilience);
    }

    private static void AddTeams(IServiceCollection services)
    {
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<TeamsTurnAdapter>();
    }

    /// <summary>
    /// Total timeout, then retries, then a timeout per attempt. Only responses that report the request
    /// was not processed (429, 412, 502, 504) are retried, never a timeout or a broken connection,
    /// because a POST that may have arrived must not be sent twice.
    /// </summary>
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var attempts = options.MaxRetryAttempts + 1;
        builder.AddTimeout(options.ConnectorTimeout * attempts + options.MaxRetryDelay * options.MaxRetryAttempts);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } response && IsRetryable(response.StatusCode)),
            });
        }

        builder.AddTimeout(options.ConnectorTimeout);
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    // No redirects (a Connector never redirects, and a redirect could point elsewhere). In anonymous
    // mode no proxy (it would be the real peer) and every resolved address must be loopback before
    // a socket opens.
    private static SocketsHttpHandler CreatePrimaryHandler(bool anonymous)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (anonymous)
        {
            handler.UseProxy = false;
            handler.ConnectCallback = ConnectLoopbackAsync;
        }

        return handler;
    }

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
