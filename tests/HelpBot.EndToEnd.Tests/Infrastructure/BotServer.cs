using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HelpBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real bot in its own process on Kestrel, bound to 127.0.0.1, with a temporary data folder.
/// It runs the built HelpBot.Bot.dll with the bot project folder as content root and working
/// directory, as <c>dotnet run --project bot</c> does, so the page and its bundled Web Chat are the
/// ones a user gets. Stdout and stderr are captured line by line in <see cref="Output"/>.
/// </summary>
internal sealed partial class BotServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _ownsDataDirectory;
    private Process? _process;
    private int _port;

    private BotServer(string dataDirectory, bool ownsDataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        _settings = settings;
    }

    /// <summary>The bot's origin, such as http://127.0.0.1:41234/. The port stays the same across restarts.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>The embedded Direct Line 3.0 server's base, the <c>domain</c> option of the JavaScript clients.</summary>
    public string DirectLineDomain => $"http://127.0.0.1:{_port}/v3/directline";

    public string DataDirectory { get; }

    /// <summary>Every line the process wrote to stdout or stderr, over all starts.</summary>
    public EventLog<string> Output { get; } = new(line => line);

    /// <summary>Starts the bot with a new temporary data folder.</summary>
    /// <param name="settings">Configuration values, passed as environment variables (keys use ':' or '__').</param>
    public static async Task<BotServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("helpbot-e2e-").FullName;
        var server = new BotServer(dataDirectory, ownsDataDirectory: true, settings ?? new Dictionary<string, string>());
        try
        {
            await server.LaunchAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the process: SIGTERM for a graceful shutdown, then a kill if it does not exit in time.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Stops the bot and starts it again on the same port over the same data folder.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = null;
        Output.Reopen();
        await LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = null;
        if (_ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task LaunchAsync()
    {
        var firstLine = Output.Count;
        var process = new Process { StartInfo = CreateStartInfo(), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => AddLine(e.Data);
        process.ErrorDataReceived += (_, e) => AddLine(e.Data);
        process.Exited += (_, _) => Output.Close($"the bot process exited with code {process.ExitCode}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var listening = await Output.WaitForAsync(line => ListeningLine().IsMatch(line), StartTimeout, "the bot's 'Now listening on' line", firstLine);
        _port = int.Parse(ListeningLine().Match(listening).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilAnsweringAsync();
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var botDll = Path.Combine(AppContext.BaseDirectory, "HelpBot.Bot.dll");
        if (!File.Exists(Path.ChangeExtension(botDll, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{botDll} with its runtimeconfig.json is missing: build the solution first.");
        }

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.BotProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(botDll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{_port}");
        startInfo.ArgumentList.Add("--contentRoot");
        startInfo.ArgumentList.Add(RepositoryPaths.BotProjectDirectory);
        SetEnvironment(startInfo.Environment);
        return startInfo;
    }

    private void SetEnvironment(IDictionary<string, string?> environment)
    {
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["DOTNET_NOLOGO"] = "1";
        environment["Logging__Console__FormatterName"] = "simple";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        environment["Storage__DataDirectory"] = DataDirectory;
        foreach (var (key, value) in _settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    private void AddLine(string? line)
    {
        if (line is not null)
        {
            Output.Add(line);
        }
    }

    // Waits until GET / returns any HTTP response, so a host that logged its address but cannot serve fails here.
    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(?<port>\d+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListeningLine();
}
