using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.AspNetCore.TestHost;

namespace HelpBot.Bot.Tests.Infrastructure;

/// <summary>Reads a Direct Line stream over the test server's WebSocket client.</summary>
internal sealed class StreamReaderClient(WebSocket socket) : IDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);

    public WebSocket Socket { get; } = socket;

    public static async Task<StreamReaderClient> ConnectAsync(TestServer server, string streamUrl)
    {
        var socket = await server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return new StreamReaderClient(socket);
    }

    /// <summary>Returns the next text message; empty for a keep-alive; null when the server closed.</summary>
    public async Task<string?> ReceiveTextAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>Collects activities from ActivitySet frames, skipping keep-alives, until <paramref name="count"/> arrived.</summary>
    public async Task<(List<Activity> Activities, string? Watermark)> ReceiveActivitiesAsync(int count, bool includeTyping = false)
    {
        var activities = new List<Activity>();
        string? watermark = null;
        while (activities.Count < count)
        {
            var text = await ReceiveTextAsync() ?? throw new InvalidOperationException("The server closed the stream early.");
            if (text.Length == 0)
            {
                continue;
            }

            var set = JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.ActivitySet)!;
            activities.AddRange(set.Activities.Where(a => includeTyping || a.Type != ActivityTypes.Typing));
            watermark = set.Watermark ?? watermark;
        }

        return (activities, watermark);
    }

    public void Dispose() => Socket.Dispose();
}
