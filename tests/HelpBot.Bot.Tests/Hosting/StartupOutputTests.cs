using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Infrastructure;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>What the bot writes to standard output when it starts.</summary>
public sealed class StartupOutputTests
{
    [Fact]
    public async Task Process_Start_WritesAddressOnce()
    {
        // The bot's own appsettings.json (copied beside the tests) sets the log levels that
        // `dotnet run --project bot` starts with.
        using var contentRoot = new TemporaryDirectory();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(contentRoot.Path, "appsettings.json"));
        using var bot = BotProcess.Start(contentRoot.Path, []);

        var output = await StartAndStopAsync(bot);

        Assert.Equal([$"HelpBot web chat: {output.Page}"], output.Lines.Where(line => line.Contains(output.Authority, StringComparison.Ordinal)));
        Assert.DoesNotContain(output.Lines, line => line.Contains("Now listening on", StringComparison.Ordinal));
        Assert.Single(output.Lines, "Press Ctrl+C to stop HelpBot.");
        Assert.Single(output.Lines, line => line.Contains("DirectLine:Secret", StringComparison.Ordinal));
        Assert.Empty(bot.ErrorLines);
    }

    [Fact]
    public async Task Process_DefaultLaunchProfile_WritesOnlyWarningLogs()
    {
        // `dotnet run --project bot` starts with the first profile of launchSettings.json, over both
        // appsettings files.
        using var contentRoot = CopyAppSettings();
        using var bot = BotProcess.Start(contentRoot.Path, [], LaunchProfileEnvironment(0));

        var output = await StartAndStopAsync(bot);

        Assert.DoesNotContain(output.Lines, line => line.StartsWith("info:", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, line => line.StartsWith("dbug:", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, line => line.StartsWith("trce:", StringComparison.Ordinal));
        Assert.Contains(output.Lines, line => line.StartsWith("warn:", StringComparison.Ordinal));
        Assert.Contains(output.Lines, line => line.Contains("No BotFramework:MicrosoftAppId", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, line => line.Contains("DirectLine:Secret", StringComparison.Ordinal));
        Assert.Contains($"HelpBot web chat: {output.Page}", output.Lines);
    }

    [Fact]
    public async Task Process_DevelopmentLaunchProfile_WritesDebugLogs()
    {
        using var contentRoot = CopyAppSettings();
        using var bot = BotProcess.Start(contentRoot.Path, [], LaunchProfileEnvironment(1));

        var output = await StartAndStopAsync(bot);

        Assert.Contains(output.Lines, line => line.StartsWith("dbug: HelpBot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_LifetimeLevelSet_WritesHostLines()
    {
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, ["--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information"]);

        var output = await StartAndStopAsync(bot);

        Assert.Contains(output.Lines, line => line.Contains($"Now listening on: http://{output.Authority}", StringComparison.Ordinal));
        Assert.Contains($"HelpBot web chat: {output.Page}", output.Lines);
    }

    // The health request gives the console logger time to write the lines logged right after the
    // page address before the process is killed.
    private static async Task<StartupOutput> StartAndStopAsync(BotProcess bot)
    {
        var page = await bot.WaitForPageAddressAsync();
        using var client = new HttpClient();
        using var health = await client.GetAsync(new Uri(new Uri(page), "/healthz"));
        bot.Stop();

        Assert.StartsWith("http://127.0.0.1:", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        return new StartupOutput(page, new Uri(page).Authority, bot.OutputLines);
    }

    private static TemporaryDirectory CopyAppSettings()
    {
        var contentRoot = new TemporaryDirectory();
        foreach (var name in (string[])["appsettings.json", "appsettings.Development.json"])
        {
            File.Copy(Path.Combine(BotSourceDirectory(), name), Path.Combine(contentRoot.Path, name));
        }

        return contentRoot;
    }

    private static Dictionary<string, string> LaunchProfileEnvironment(int index)
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(BotSourceDirectory(), "Properties", "launchSettings.json")))!;
        var profile = settings["profiles"]!.AsObject().ElementAt(index).Value!;
        return profile["environmentVariables"]?.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<string>()) ?? [];
    }

    // The source file's own path, recorded at compile time, still points into the repository when
    // the tests are built with --artifacts-path outside it.
    private static string BotSourceDirectory([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException($"HelpBot.sln was not found above {sourceFile}."), "bot");
    }

    private sealed record StartupOutput(string Page, string Authority, IReadOnlyList<string> Lines);
}
