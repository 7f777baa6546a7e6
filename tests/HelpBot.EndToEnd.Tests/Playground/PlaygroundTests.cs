using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.Playground;

/// <summary>
/// Drives the bot (anonymous mode) from the Agents Playground through the Playground's internal
/// API, which is undocumented and may change: its configuration, the installation of the app, a
/// typed message, and the bot's messages on its WebSocket.
/// </summary>
public sealed class PlaygroundTests(BotServerFixture bot) : IClassFixture<BotServerFixture>
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Install_ThenHi_WelcomeArrivesOnWebSocket()
    {
        await using var playground = await PlaygroundProcess.StartAsync(bot.Server.BaseAddress);
        using var http = new HttpClient { BaseAddress = playground.BaseAddress };
        var conversationId = await GetPersonalChatIdAsync(http);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{playground.Port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
        var texts = new ConcurrentQueue<string>();
        var reading = ReadBotTextsAsync(socket, texts);

        using var install = await http.PostAsync($"/_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", null);
        Assert.True(install.IsSuccessStatusCode, $"Installation returned {(int)install.StatusCode}.");
        await WaitForAsync(texts, count: 1);
        using var message = await http.PostAsJsonAsync($"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new { text = "hi", textFormat = "plain", from = new { id = "user-id-0" } });
        Assert.True(message.IsSuccessStatusCode, $"Sending 'hi' returned {(int)message.StatusCode}: {await message.Content.ReadAsStringAsync()}");
        var countBefore = texts.Count;
        await WaitForAsync(texts, count: countBefore + 1);

        Assert.Contains(texts, text => text.Contains("I'm HelpBot", StringComparison.Ordinal));
        socket.Abort();
        await reading;
    }

    private static async Task<string> GetPersonalChatIdAsync(HttpClient http)
    {
        using var config = JsonDocument.Parse(await http.GetStringAsync("/_internal/v1/config"));
        return config.RootElement.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;
    }

    // Each frame is {"action":"createMessage","message":{"text":...}} for a new bot message.
    private static async Task ReadBotTextsAsync(ClientWebSocket socket, ConcurrentQueue<string> texts)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                using var document = JsonDocument.Parse(Encoding.UTF8.GetString(frame.ToArray()));
                if (document.RootElement.TryGetProperty("action", out var action) && action.GetString() == "createMessage"
                    && document.RootElement.GetProperty("message").TryGetProperty("text", out var text))
                {
                    texts.Enqueue(text.GetString() ?? "");
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or JsonException)
        {
            // The socket was aborted at the end of the test, or a frame was not a bot message.
        }
    }

    private static async Task WaitForAsync(ConcurrentQueue<string> texts, int count)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (texts.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited for {count} bot messages on the Playground's WebSocket; got {texts.Count}.");
            await Task.Delay(100);
        }
    }
}
