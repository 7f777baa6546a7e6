using System.Threading.RateLimiting;
using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Drafts;
using HelpBot.Bot.Hosting.Settings;
using HelpBot.Bot.Proactive;
using HelpBot.Bot.WebChat;
using HelpBot.Runtime.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting;

/// <summary>Registers everything the host runs: the runtime, HelpBot's conversation, both channels, the web chat page's services and health checks.</summary>
public static class HostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime, HelpBot's conversation (the turn handler, unless one is registered before
    /// this call) with its <c>.eml</c> download endpoint, the embedded Direct Line server,
    /// <c>/api/messages</c>, the follow-up service with its reminder worker, proactive delivery over
    /// both channels, the web chat token endpoint with its rate limit and CORS policy, health
    /// checks, and the <see cref="SettingsCheck"/> of every validated options class.
    /// </summary>
    public static IServiceCollection AddHelpBotHostServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddHelpBotRuntime(configuration);
        services.AddHelpBotConversation(configuration);
        services.AddSingleton<DraftDownloadEndpoint>();
        services.AddHostedService<PublicBaseUrlInitializer>();
        services.AddDirectLine(configuration);
        services.AddBotFrameworkChannel(configuration);
        services.AddHelpBotFollowUp();
        services.AddHelpBotProactive();
        AddWebChat(services, configuration);

        services.AddHostedService<StartupAnnouncer>();
        services.AddHealthChecks().AddCheck<DirectLineStoreHealthCheck>("directline-store");
        services.AddSettingsCheck();
        return services;
    }

    private static void AddWebChat(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>()
            .Bind(configuration.GetSection(WebChatOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<WebChatUserCredentials>();
        services.AddSingleton<WebChatTokenEndpoint>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) =>
            cors.AddPolicy(WebChatTokenEndpoint.CorsPolicy, policy =>
                policy.WithOrigins([.. webChat.Value.AllowedOrigins]).WithMethods(HttpMethods.Post).WithHeaders("Content-Type")));

        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = WriteRateLimitedAsync;
            limiter.AddPolicy(WebChatTokenEndpoint.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.TokenRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
    }

    private static async ValueTask WriteRateLimitedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        int? retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : null;
        context.HttpContext.RequestServices.GetRequiredService<ILogger<WebChatTokenEndpoint>>().WebChatTokenRateLimited();
        await ErrorResponseWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.Throttled,
            "Too many token requests from this address. Wait for the number of seconds in Retry-After and try again.", retryAfter);
    }
}
