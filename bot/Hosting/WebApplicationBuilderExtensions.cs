using Microsoft.Extensions.Configuration.Memory;

namespace HelpBot.Bot.Hosting;

/// <summary>Configures the web host and registers the host's services.</summary>
public static class WebApplicationBuilderExtensions
{
    /// <summary>
    /// Listens on <see cref="HostDefaults.Url"/> when no address is configured, logs the host's
    /// lifetime messages at <see cref="HostDefaults.LifetimeLogLevel"/> unless configuration sets a
    /// level, removes the Server header, caps request bodies, and adds
    /// <see cref="HostServiceCollectionExtensions.AddHelpBotHostServices"/>.
    /// </summary>
    public static WebApplicationBuilder AddHelpBotHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Inserted first, so appsettings.json, environment variables and the command line override it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new(HostDefaults.LifetimeLogLevelKey, HostDefaults.LifetimeLogLevel)],
        });

        if (!HasConfiguredAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(HostDefaults.Url);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = HostDefaults.MaxRequestBodyBytes;
        });

        builder.Services.AddHelpBotHostServices(builder.Configuration);
        return builder;
    }

    // ASPNETCORE_URLS, --urls, ASPNETCORE_HTTP_PORTS (set by .NET container images) and Kestrel
    // endpoints all count, so a deployment's own address always wins over the loopback default.
    private static bool HasConfiguredAddress(ConfigurationManager configuration) =>
        !string.IsNullOrEmpty(configuration["urls"])
        || !string.IsNullOrEmpty(configuration["http_ports"])
        || !string.IsNullOrEmpty(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
