using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Support;
using HelpBot.Runtime.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HelpBot.Bot.Tests.Infrastructure;

/// <summary>
/// The real host on the test server, with memory storage and a known Direct Line secret unless a
/// test overrides settings, and every log record captured. The turn handler is
/// <see cref="EchoTurnHandler"/>, so channel tests do not depend on the conversation's wording;
/// <see cref="ForConversation"/> keeps HelpBot's real conversation, and <see cref="WithTurnHandler"/> sets another.
/// </summary>
internal sealed class HelpBotFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-directline-secret-not-for-production";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Storage:Provider"] = "Memory",
        ["DirectLine:Secret"] = Secret,
    };

    private readonly Action<IServiceCollection>? _configureServices;
    private bool _useEchoBot = true;
    private ITurnHandler? _turnHandler;

    public HelpBotFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _configureServices = configureServices;
    }

    /// <summary>Returns a factory whose host runs HelpBot's real conversation instead of the echo bot.</summary>
    public static HelpBotFactory ForConversation(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(settings) { _useEchoBot = false };

    /// <summary>Returns a factory whose host runs HelpBot's conversation and keeps its data in a SQLite file in <paramref name="dataDirectory"/>.</summary>
    public static HelpBotFactory ForSqliteConversation(string dataDirectory) => ForConversation(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = dataDirectory,
    });

    /// <summary>Returns a factory whose host runs <paramref name="turnHandler"/> instead of the echo bot.</summary>
    public static HelpBotFactory WithTurnHandler(ITurnHandler turnHandler, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(settings) { _turnHandler = turnHandler };

    /// <summary>Every log record the host wrote.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>A client for the Direct Line routes.</summary>
    public DirectLineTestClient CreateDirectLineClient() => new(CreateClient());

    public DirectLineTokenService TokenService => Services.GetRequiredService<DirectLineTokenService>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }

        if (_useEchoBot)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<ITurnHandler>();
                if (_turnHandler is null)
                {
                    services.AddSingleton<ITurnHandler, EchoTurnHandler>();
                }
                else
                {
                    services.AddSingleton(_turnHandler);
                }
            });
        }
    }
}
