using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>
/// Runs HelpBot's real conversation with a fake SSN and name in the user's messages, over Direct Line
/// and <c>/api/messages</c>, and checks that no log record contains them.
/// </summary>
public sealed class ConversationLoggingTests : IAsyncLifetime, IDisposable
{
    private const string Ssn = "219-09-9999";
    private const string Name = "Dana Testperson";

    // A first message long enough to start a report, so the extractor and the PII check see it.
    private const string SeedText = "PEAK shows an error on the Income page for my client " + Name + ", SSN " + Ssn
        + ", case 1B00000, page https://peak.my.site.com/peak/s/benefit-information";

    private static readonly string[] FollowUps = ["no", "CBO staff", "still not working", "no", $"My client {Name} has SSN {Ssn}"];

    private readonly HelpBotFactory _factory = HelpBotFactory.ForConversation();
    private CaptureServer _connector = null!;

    public async Task InitializeAsync() => _connector = await CaptureServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task DirectLine_PersonalData_NotLogged()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, SeedText, "c0");
        for (var i = 0; i < FollowUps.Length; i++)
        {
            await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, FollowUps[i], $"c{i + 1}");
        }

        AssertLogsExclude(Ssn, "Testperson", conversation.Token!);
    }

    [Fact]
    public async Task MessagesEndpoint_PersonalData_NotLogged()
    {
        using var http = _factory.CreateClient();

        foreach (var text in FollowUps.Prepend(SeedText))
        {
            using var response = await http.PostAsync("/api/messages", DirectLineTestClient.CreateJson(CreateMessage(text)));
            Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {response.StatusCode}.");
        }

        Assert.NotEmpty(_connector.Requests);
        AssertLogsExclude(Ssn, "Testperson");
    }

    private Activity CreateMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = _connector.BaseAddress.ToString(),
        Text = text,
        From = new ChannelAccount("user-1", Name),
        Recipient = new ChannelAccount("bot-1"),
        Conversation = new ConversationAccount("c-1"),
    };

    private void AssertLogsExclude(params string[] secrets)
    {
        var records = _factory.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var state = string.Join(";", record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []);
            var text = $"{record.Message} {state} {record.Exception}";
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }
}
