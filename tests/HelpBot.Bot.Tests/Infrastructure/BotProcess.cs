using System.Diagnostics;
using System.Text;

namespace HelpBot.Bot.Tests.Infrastructure;

/// <summary>
/// The built bot (<c>HelpBot.Bot.dll</c> beside the tests) started as its own process, with the
/// given content root, command-line arguments and environment variables. Every start listens on a
/// free loopback port and keeps state in memory unless the arguments set other values.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource<string> _pageAddress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(string contentRoot, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in (string[])["--urls", "http://127.0.0.1:0", "--Storage:Provider", "Memory", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // Settings of the test runner's own environment must not reach the bot.
        foreach (var name in start.Environment.Keys.Where(IsSettingVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
    }

    /// <summary>Lines the bot wrote to standard error so far.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(_error);

    /// <summary>Lines the bot wrote to standard output so far.</summary>
    public IReadOnlyList<string> OutputLines => Lines(_output);

    /// <summary>Everything the bot wrote to standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot in <paramref name="contentRoot"/>.</summary>
    public static BotProcess Start(string contentRoot, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var bot = new BotProcess(contentRoot, arguments, environment ?? new Dictionary<string, string>());
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Waits until the bot prints its web chat page address and returns it.</summary>
    public Task<string> WaitForPageAddressAsync() => _pageAddress.Task.WaitAsync(Timeout);

    /// <summary>
    /// Kills the bot when it still runs, and waits until its standard output and error are read to
    /// the end, so <see cref="Output"/> and <see cref="ErrorLines"/> are complete.
    /// </summary>
    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        // Only the overload without a timeout waits for the asynchronous output readers.
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private static bool IsSettingVariable(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || (name.Contains("__", StringComparison.Ordinal) && !name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase));

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static List<string> Lines(StringBuilder buffer)
    {
        lock (buffer)
        {
            return [.. buffer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)];
        }
    }

    private void OnOutput(string? line)
    {
        Append(_output, line);
        const string Prefix = "HelpBot web chat: ";
        if (line is not null && line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            _pageAddress.TrySetResult(line[Prefix.Length..]);
        }
    }
}
