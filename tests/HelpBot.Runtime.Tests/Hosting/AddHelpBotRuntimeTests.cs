using HelpBot.Runtime.Hosting;
using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Tests.TestDoubles;
using HelpBot.Runtime.Turns;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HelpBot.Runtime.Tests.Hosting;

public sealed class AddHelpBotRuntimeTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "helpbot-runtime-tests", Guid.NewGuid().ToString("N"));
    private readonly List<IHost> _hosts = [];

    // The host requires an existing content root; the data folder under it is created on first use.
    public AddHelpBotRuntimeTests() => Directory.CreateDirectory(_contentRoot);

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            if (TryGetDatabase(host) is { } database)
            {
                using var connection = new SqliteConnection(database.ConnectionString);
                SqliteConnection.ClearPool(connection);
            }

            host.Dispose();
        }

        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    [Fact]
    public void AddHelpBotRuntime_Defaults_UsesSqliteFile()
    {
        var host = CreateHost();

        var storage = host.Services.GetRequiredService<IStorage>();
        var database = host.Services.GetRequiredService<SqliteDatabase>();

        Assert.IsType<SqliteStorage>(storage);
        Assert.Equal(Path.Combine(_contentRoot, "App_Data", "helpbot.db"), database.FilePath);
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("memory")]
    public void AddHelpBotRuntime_MemoryProvider_UsesMemoryStorage(string provider)
    {
        var host = CreateHost(("Storage:Provider", provider));

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
    }

    [Fact]
    public void AddHelpBotRuntime_Middleware_InTurnOrder()
    {
        var host = CreateHost();

        var types = host.Services.GetServices<IMiddleware>().Select(m => m.GetType()).ToArray();

        Assert.Equal(
            [typeof(ErrorHandlerMiddleware), typeof(ConversationLockMiddleware), typeof(TypingMiddleware), typeof(StateMiddleware)],
            types);
    }

    [Fact]
    public void AddHelpBotRuntime_CalledTwice_RegistersMiddlewareOnce()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        services.AddHelpBotRuntime(configuration);
        services.AddHelpBotRuntime(configuration);

        Assert.Equal(4, services.Count(d => d.ServiceType == typeof(IMiddleware)));
        Assert.Single(services, d => d.ImplementationType == typeof(ConversationRetentionService));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("")]
    [InlineData("Sqlite3")]
    public async Task StartAsync_UnknownProvider_NamesSetting(string provider)
    {
        var host = CreateHost(("Storage:Provider", provider));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Provider", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'Memory'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:SqliteFileName", "../outside.db")]
    [InlineData("Storage:SqliteFileName", "sub/helpbot.db")]
    [InlineData("Storage:ConversationRetention", "00:00:00")]
    [InlineData("Storage:PurgeInterval", "-00:01:00")]
    [InlineData("Typing:Interval", "00:00:01")]
    [InlineData("Typing:Delay", "-00:00:01")]
    public async Task StartAsync_InvalidSetting_Fails(string key, string value)
    {
        var host = CreateHost((key, value));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key.Split(':')[1], exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_AfterRestart_ResumesState()
    {
        var handler = new DelegateTurnHandler((turn, cancellationToken) =>
        {
            var step = (int?)turn.State.Conversation.Root["step"] ?? 0;
            turn.State.Conversation.Root["step"] = step + 1;
            return turn.SendTextAsync($"step {step + 1}", cancellationToken);
        });
        var sender = new RecordingActivitySender();

        var first = CreateHost(handler);
        await first.Services.GetRequiredService<TurnPipeline>().ProcessAsync(TestActivities.Create(), sender, CancellationToken.None);
        var second = CreateHost(handler);
        await second.Services.GetRequiredService<TurnPipeline>().ProcessAsync(TestActivities.Create(), sender, CancellationToken.None);

        Assert.Equal(["step 1", "step 2"], sender.Sent.Select(a => a.Text));
    }

    [Fact]
    public void ResolveSqlitePath_AbsoluteFolder_IgnoresRoot()
    {
        var dataDirectory = Path.Combine(_contentRoot, "absolute");
        var options = new StorageOptions { DataDirectory = dataDirectory };

        var path = options.ResolveSqlitePath("/somewhere/else");

        Assert.Equal(Path.Combine(dataDirectory, "helpbot.db"), path);
    }

    [Fact]
    public void ResolveSqlitePath_RelativeFolder_UsesRoot()
    {
        var options = new StorageOptions { DataDirectory = "data/state", SqliteFileName = "bot.db" };

        var path = options.ResolveSqlitePath(_contentRoot);

        Assert.Equal(Path.Combine(_contentRoot, "data", "state", "bot.db"), path);
    }

    private IHost CreateHost(params (string Key, string Value)[] settings) =>
        CreateHost(new DelegateTurnHandler((_, _) => Task.CompletedTask), settings);

    private IHost CreateHost(ITurnHandler handler, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddHelpBotRuntime(builder.Configuration);
        builder.Services.AddSingleton(handler);

        var host = builder.Build();
        _hosts.Add(host);
        return host;
    }

    private static SqliteDatabase? TryGetDatabase(IHost host)
    {
        try
        {
            return host.Services.GetService<SqliteDatabase>();
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }
}
