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

    private sealed record StartupOutput(string Page, string Authority, IReadOnlyList<string> Lines);
}
