using System.Net;
using HelpBot.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpBot.EndToEnd.Tests.Proactive;

/// <summary>
/// The real host in the test process on Kestrel at 127.0.0.1 (a random port), with the bot
/// project as content root so the page and its Web Chat bundle are served, and SQLite in a
/// temporary folder. Unlike <see cref="BotServer"/>, tests can reach its services (the proactive
/// sender) and replace its <see cref="TimeProvider"/>.
/// </summary>
internal sealed class KestrelBotFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly TimeProvider? _timeProvider;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelBotFactory(string dataDirectory, TimeProvider? timeProvider = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _dataDirectory = dataDirectory;
        _timeProvider = timeProvider;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and returns its address, such as http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(RepositoryPaths.BotProjectDirectory);
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);

        // Kestrel listens on the port the constructor sets and ignores urls. The bot's port check reads
        // urls, so it gets port 0, which the check skips, instead of the default 3978.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_timeProvider is not null)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_timeProvider);
            });
        }
    }
}
