using Microsoft.AspNetCore.Cors.Infrastructure;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The CORS policy of the Direct Line routes, so pages on partner sites can embed the widget.
/// It allows the headers DirectLineJS sends (Authorization, Content-Type, x-ms-bot-agent) and no
/// credentials, because the routes use bearer tokens, never cookies.
/// </summary>
public static class DirectLineCors
{
    public const string PolicyName = "DirectLine";

    /// <summary>Builds the policy for <paramref name="allowedOrigins"/>; an empty list allows any origin.</summary>
    public static CorsPolicy Create(IReadOnlyCollection<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        var builder = new CorsPolicyBuilder()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
        return allowedOrigins.Count == 0
            ? builder.AllowAnyOrigin().Build()
            : builder.WithOrigins([.. allowedOrigins]).Build();
    }
}
