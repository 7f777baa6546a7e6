using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// The real botframework-directlinejs 0.15.8 client, run by tests/clients/directline-driver.js
/// under Node. Commands go to its stdin as JSON lines; its events come back as JSON lines and
/// are kept in <see cref="Events"/>.
/// </summary>
internal sealed class DirectLineDriver : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly EventLog<string> _stderr = new(line => line);
    private int _nextReference;

    private DirectLineDriver(Process process)
    {
        _process = process;
    }

    /// <summary>Every event the driver printed, in order.</summary>
    public EventLog<JsonElement> Events { get; } = new(e => e.GetRawText());

    /// <summary>The user id this driver posts as: the one embedded in the token, when the test passes it to <see cref="ConnectAsync"/>.</summary>
    public string UserId { get; private set; } = $"e2e-user-{Guid.NewGuid():N}";

    public static async Task<DirectLineDriver> StartAsync()
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.ClientsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("directline-driver.js");
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var driver = new DirectLineDriver(process);
        process.OutputDataReceived += (_, e) => driver.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => driver.OnError(e.Data);
        process.Exited += (_, _) => driver.Events.Close($"the Node driver exited with code {process.ExitCode}; stderr: {string.Join(" | ", driver._stderr.Snapshot())}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await driver.WaitForEventAsync("ready");
        return driver;
    }

    /// <summary>Creates the DirectLine object and subscribes to its activities, which starts or resumes the conversation.</summary>
    public async Task ConnectAsync(string domain, string token, bool webSocket, string? conversationId = null, string? watermark = null, string? userId = null)
    {
        UserId = userId ?? UserId;
        var command = new JsonObject
        {
            ["op"] = "connect",
            ["domain"] = domain,
            ["token"] = token,
            ["webSocket"] = webSocket,
            ["pollingInterval"] = 200,
            ["conversationId"] = conversationId,
            ["watermark"] = watermark,
        };
        var firstEvent = Events.Count;
        await SendAsync(command);
        var status = await Events.WaitForAsync(
            e => EventName(e) == "status" && e.GetProperty("status").GetString() is "Online" or "FailedToConnect" or "ExpiredToken",
            DefaultTimeout,
            "status Online",
            firstEvent);
        var name = status.GetProperty("status").GetString();
        if (name != "Online")
        {
            throw new InvalidOperationException($"The Direct Line client did not connect: status {name}.");
        }
    }

    /// <summary>Posts a message as Web Chat does, with a client activity id, and returns the id from the server's response.</summary>
    public async Task<string> PostMessageAsync(string text, string clientActivityId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Dana Testperson", ["role"] = "user" },
            ["text"] = text,
            ["locale"] = "en-US",
            ["localTimezone"] = "America/Denver",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        return await PostAsync(activity);
    }

    /// <summary>Posts any activity and returns the id from the server's response.</summary>
    public async Task<string> PostAsync(JsonObject activity)
    {
        var reference = $"r{Interlocked.Increment(ref _nextReference)}";
        var firstEvent = Events.Count;
        await SendAsync(new JsonObject { ["op"] = "post", ["ref"] = reference, ["activity"] = activity });
        var result = await Events.WaitForAsync(
            e => EventName(e) is "posted" or "postFailed" && e.GetProperty("ref").GetString() == reference,
            DefaultTimeout,
            $"the result of post {reference}",
            firstEvent);
        if (EventName(result) == "postFailed")
        {
            throw new InvalidOperationException($"Posting the activity failed: {result.GetProperty("message").GetString()}");
        }

        return result.GetProperty("id").GetString()!;
    }

    /// <summary>Waits for a received activity that matches, looking at events from <paramref name="startEvent"/> on.</summary>
    public async Task<JsonElement> WaitForActivityAsync(Func<JsonElement, bool> predicate, string description, int startEvent = 0, TimeSpan? timeout = null)
    {
        var found = await Events.WaitForAsync(
            e => EventName(e) == "activity" && predicate(e.GetProperty("activity")),
            timeout ?? DefaultTimeout,
            description,
            startEvent);
        return found.GetProperty("activity");
    }

    /// <summary>The activities received so far, in order.</summary>
    public IReadOnlyList<JsonElement> Activities(int startEvent = 0) =>
        Events.Snapshot(startEvent).Where(e => EventName(e) == "activity").Select(e => e.GetProperty("activity")).ToList();

    /// <summary>Runs the client's own token refresh once and returns the refresh event.</summary>
    public async Task<TokenRefresh> RefreshTokenAsync()
    {
        var firstEvent = Events.Count;
        await SendAsync(new JsonObject { ["op"] = "refreshToken" });
        var result = await Events.WaitForAsync(e => EventName(e) is "tokenRefreshed" or "tokenRefreshFailed", DefaultTimeout, "the token refresh", firstEvent);
        if (EventName(result) == "tokenRefreshFailed")
        {
            throw new InvalidOperationException($"Token refresh failed: {result.GetProperty("message").GetString()}");
        }

        return new TokenRefresh(result.GetProperty("changed").GetBoolean(), ReadExpiry(result, "expiresBefore"), ReadExpiry(result, "expiresAfter"));
    }

    /// <summary>Returns the client's conversation id and watermark.</summary>
    public async Task<(string? ConversationId, string? Watermark)> GetStateAsync()
    {
        var firstEvent = Events.Count;
        await SendAsync(new JsonObject { ["op"] = "state" });
        var state = await Events.WaitForAsync(e => EventName(e) == "state", DefaultTimeout, "the client state", firstEvent);
        return (state.GetProperty("conversationId").GetString(), state.GetProperty("watermark").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await SendAsync(new JsonObject { ["op"] = "end" });
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private static string? EventName(JsonElement e) => e.GetProperty("event").GetString();

    private static long? ReadExpiry(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private async Task SendAsync(JsonObject command)
    {
        await _process.StandardInput.WriteLineAsync(command.ToJsonString());
        await _process.StandardInput.FlushAsync();
    }

    private async Task WaitForEventAsync(string name)
    {
        await Events.WaitForAsync(e => EventName(e) == name, DefaultTimeout, $"event {name}");
    }

    private void OnOutput(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            Events.Add(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            _stderr.Add($"(stdout) {line}");
        }
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            _stderr.Add(line);
        }
    }
}
