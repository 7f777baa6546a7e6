using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HelpBot.EndToEnd.Tests.Infrastructure;
using HelpBot.Testing;

namespace HelpBot.EndToEnd.Tests.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, a Teams-like client
/// with its own mock Connector) in a Node process. It runs under the loopback guard, which keeps
/// its servers on 127.0.0.1 and refuses its cloud metadata and telemetry connections.
/// </summary>
internal sealed class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _workingDirectory;

    private PlaygroundProcess(Process process, int port, DirectoryInfo workingDirectory)
    {
        _process = process;
        Port = port;
        _workingDirectory = workingDirectory;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Every line the process wrote.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Starts the Playground in front of the bot's <c>/api/messages</c>.</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botBaseAddress)
    {
        var port = FreePort();

        // The Playground writes devTools/m365agentsplayground.log under its working folder, so it runs in
        // a folder of its own rather than in the repository.
        var workingDirectory = Directory.CreateTempSubdirectory("helpbot-playground-");
        var cli = Path.Combine(RepositoryPaths.ClientsDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        var guard = SharedFolder.Combine(RepositoryPaths.Root, "tools", "loopback-guard.js");
        var startInfo = new ProcessStartInfo("node",
        [
            "-r", guard, cli,
            "-e", new Uri(botBaseAddress, "api/messages").AbsoluteUri,
            "-c", "msteams",
            "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--disable-telemetry",
            "--service-url", $"http://127.0.0.1:{port}/_connector",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory.FullName,
        };
        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node could not be started.");
        var playground = new PlaygroundProcess(process, port, workingDirectory);
        process.OutputDataReceived += (_, e) => playground.Add(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await playground.WaitForListeningAsync();
        return playground;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _workingDirectory.Delete(recursive: true);
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    private async Task WaitForListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!Output.Any(line => line.Contains($"Listening on {Port}", StringComparison.Ordinal)))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The Playground did not start: {string.Join(" | ", Output)}");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
