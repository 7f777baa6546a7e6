using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Drafts;
using HelpBot.Bot.WebChat;
using HelpBot.Dialogs.Conversation.Drafts;
using Microsoft.AspNetCore.StaticFiles;

namespace HelpBot.Bot.Hosting;

/// <summary>The host's middleware order and routes.</summary>
public static class WebApplicationExtensions
{
    // The page may load only its own scripts and styles and talk only to its own origin (HTTP
    // and WebSocket). Web Chat injects style elements, hence 'unsafe-inline' for styles only.
    private const string PageContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss: blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Adds the error envelope, the page's static files, CORS, rate limiting and WebSockets, in that order.</summary>
    public static WebApplication UseHelpBotHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiErrorMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = AddPageHeaders, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        return app;
    }

    /// <summary>Maps <c>/healthz</c>, the Direct Line routes, <c>/api/messages</c>, <c>/api/webchat/token</c> and the <c>.eml</c> draft downloads.</summary>
    public static WebApplication MapHelpBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz");
        app.MapDirectLine();

        var messages = app.Services.GetRequiredService<MessagesEndpoint>();
        app.MapPost("/api/messages", messages.PostAsync);
        app.MapMethods("/api/messages", [HttpMethods.Head], context => Task.CompletedTask);

        var token = app.Services.GetRequiredService<WebChatTokenEndpoint>();
        app.MapPost("/api/webchat/token", token.PostAsync)
            .RequireRateLimiting(WebChatTokenEndpoint.RateLimitPolicy)
            .RequireCors(WebChatTokenEndpoint.CorsPolicy);

        var drafts = app.Services.GetRequiredService<DraftDownloadEndpoint>();
        app.MapGet(DraftRoutes.Template, drafts.GetAsync);
        app.MapGet(HelpBot.Dialogs.Conversation.FollowUp.DigestRoutes.Template, DigestDownloadEndpoint.GetAsync);
        return app;
    }

    private static void AddPageHeaders(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = PageContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
        }
    }
}
