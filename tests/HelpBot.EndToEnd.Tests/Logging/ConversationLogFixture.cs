using HelpBot.EndToEnd.Tests.Conversation;
using HelpBot.EndToEnd.Tests.DirectLine;
using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.Logging;

/// <summary>
/// Runs one conversation with personal data in it through the real Direct Line client against a
/// bot that logs at its most verbose level, then keeps every line the process wrote.
/// </summary>
public sealed class ConversationLogFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string> VerboseLogging = new()
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:HelpBot"] = "Trace",
        ["Logging:Console:IncludeScopes"] = "true",
    };

    private BotServer? _server;

    /// <summary>Stdout and stderr lines of the bot process, after it stopped.</summary>
    public IReadOnlyList<string> Log { get; private set; } = [];

    public string Token { get; private set; } = "";

    public int MessagesSent { get; private set; }

    /// <summary>Whether the conversation reached the e-mail draft, so every step's logging ran.</summary>
    public bool ReachedDraft { get; private set; }

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(VerboseLogging);
        var token = await WebChatToken.RequestAsync(_server.BaseAddress);
        Token = token.Token;
        await using (var client = await DirectLineDriver.StartAsync())
        {
            await client.ConnectAsync(_server.DirectLineDomain, token.Token, webSocket: true, userId: token.UserId);
            await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
            var conversation = new DirectLineConversation(client, ConversationScript.ForPeak());
            await conversation.RunAsync(FakeReport.PeakDescription);
            MessagesSent = conversation.MessagesSent;
            ReachedDraft = conversation.ReachedFinal;
        }

        // Stopping flushes the console logger's queue, so every line is captured.
        await _server.StopAsync();
        Log = _server.Output.Snapshot();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
