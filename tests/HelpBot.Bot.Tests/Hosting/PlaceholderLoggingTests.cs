using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.Hosting;

public sealed class PlaceholderLoggingTests : IAsyncLifetime, IDisposable
{
    private const string SeedText = "SSN 078-05-1120 Dana Testperson";

    private readonly HelpBotFactory _factory = new();
    private CaptureServer _connector = null!;

    public async Task InitializeAsync() => _connector = await CaptureServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Conversation_PersonalData_NotLogged()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, SeedText, "c1");
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = _connector.BaseAddress.ToString(),
            Text = SeedText,
            From = new ChannelAccount("user-1", "Dana Testperson"),
            Recipient = new ChannelAccount("bot-1"),
            Conversation = new ConversationAccount("c-1"),
        };
        using var response = await client.Http.PostAsync("/api/messages", DirectLineTestClient.CreateJson(message));

        var records = _factory.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var state = string.Join(";", record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []);
            var text = $"{record.Message} {state} {record.Exception}";
            Assert.DoesNotContain("078-05-1120", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Testperson", text, StringComparison.Ordinal);
            Assert.DoesNotContain(conversation.Token!, text, StringComparison.Ordinal);
        }
    }
}
