using System.Text.Json;
using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.DirectLine;

/// <summary>
/// The real botframework-directlinejs client against the embedded Direct Line 3.0 server. The
/// subclasses run every test once over WebSocket and once over polling.
/// </summary>
public abstract class DirectLineClientTests : IClassFixture<BotServerFixture>
{
    private readonly BotServerFixture _fixture;

    protected DirectLineClientTests(BotServerFixture fixture)
    {
        _fixture = fixture;
    }

    protected abstract bool UseWebSocket { get; }

    private BotServer Server => _fixture.Server;

    [Fact]
    public async Task Connect_NewConversation_ReceivesWelcome()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        await using var client = await DirectLineDriver.StartAsync();

        await client.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
        var welcome = await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");

        Assert.False(string.IsNullOrEmpty(ActivityJson.Id(welcome)));
        Assert.False(string.IsNullOrWhiteSpace(ActivityJson.VisibleText(welcome)));
        Assert.Equal("welcome", ActivityJson.Marker(welcome, "step"));
    }

    [Fact]
    public async Task Connect_ReturnedConversationId_ReceivesWelcome()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        await using var client = await DirectLineDriver.StartAsync();

        await client.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, token.ConversationId, userId: token.UserId);
        var welcome = await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
        var (conversationId, _) = await GetSettledStateAsync(client);

        Assert.Equal("welcome", ActivityJson.Marker(welcome, "step"));
        Assert.Equal(token.ConversationId, conversationId);
    }

    [Fact]
    public async Task Connect_NewConversation_AsksFirstQuestion()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        await using var client = await DirectLineDriver.StartAsync();

        await client.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
        var question = await client.WaitForActivityAsync(a => ActivityJson.IsBotMessage(a) && ActivityJson.Marker(a, "prompt") is not null, "the bot's first question");

        Assert.False(string.IsNullOrWhiteSpace(ActivityJson.VisibleText(question)));
    }

    [Fact]
    public async Task PostMessage_UserActivity_EchoedWithIds()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        await using var client = await DirectLineDriver.StartAsync();
        await client.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
        await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
        var clientActivityId = NewClientActivityId();

        var postedId = await client.PostMessageAsync("Hello from the Direct Line client", clientActivityId);
        var echo = await client.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the echo of the user's message");

        Assert.False(string.IsNullOrEmpty(postedId));
        Assert.Equal(postedId, ActivityJson.Id(echo));
        Assert.Equal("Hello from the Direct Line client", ActivityJson.Text(echo));
        Assert.Equal(client.UserId, echo.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PostMessage_AfterEcho_BotReplies()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        await using var client = await DirectLineDriver.StartAsync();
        await client.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
        await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
        var clientActivityId = NewClientActivityId();

        await client.PostMessageAsync("report a problem", clientActivityId);
        await client.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the echo");
        var echoEvent = IndexOfEcho(client, clientActivityId);
        var reply = await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's reply after the echo", echoEvent + 1);

        Assert.False(string.IsNullOrEmpty(ActivityJson.Id(reply)));
        Assert.False(string.IsNullOrWhiteSpace(ActivityJson.VisibleText(reply)));
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReceivesOnlyLaterActivities()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        var firstClient = await DirectLineDriver.StartAsync();
        string conversationId;
        string? watermarkAfterWelcome;
        string welcomeId;
        var clientActivityId = NewClientActivityId();
        await using (firstClient)
        {
            await firstClient.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
            var welcome = await firstClient.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
            welcomeId = ActivityJson.Id(welcome)!;
            (conversationId, watermarkAfterWelcome) = await GetSettledStateAsync(firstClient);
            await firstClient.PostMessageAsync("report a problem", clientActivityId);
            await firstClient.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the echo");
        }

        await using var secondClient = await DirectLineDriver.StartAsync();
        await secondClient.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, conversationId, watermarkAfterWelcome, userId: token.UserId);
        var replayedEcho = await secondClient.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the replayed echo after the watermark");
        await secondClient.WaitForActivityAsync(ActivityJson.IsBotMessage, "the replayed bot reply", IndexOfEcho(secondClient, clientActivityId) + 1);

        Assert.Equal("report a problem", ActivityJson.Text(replayedEcho));
        Assert.DoesNotContain(secondClient.Activities(), a => ActivityJson.Id(a) == welcomeId);
    }

    [Fact]
    public async Task Reconnect_NewClient_CanPostAndReceive()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        string conversationId;
        string? watermark;
        await using (var firstClient = await DirectLineDriver.StartAsync())
        {
            await firstClient.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
            await firstClient.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
            (conversationId, watermark) = await GetSettledStateAsync(firstClient);
        }

        await using var secondClient = await DirectLineDriver.StartAsync();
        await secondClient.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, conversationId, watermark, userId: token.UserId);
        var clientActivityId = NewClientActivityId();
        await secondClient.PostMessageAsync("help topics", clientActivityId);
        await secondClient.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the echo");
        var reply = await secondClient.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's reply", IndexOfEcho(secondClient, clientActivityId) + 1);

        Assert.Equal(conversationId, reply.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task RefreshToken_ValidToken_NewTokenWorks()
    {
        var token = await WebChatToken.RequestAsync(Server.BaseAddress);
        await using var client = await DirectLineDriver.StartAsync();
        await client.ConnectAsync(Server.DirectLineDomain, token.Token, UseWebSocket, userId: token.UserId);
        await client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");

        var refresh = await client.RefreshTokenAsync();
        var clientActivityId = NewClientActivityId();
        var postedId = await client.PostMessageAsync("help topics", clientActivityId);
        var echo = await client.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the echo after the refresh");

        // Within the second the token was issued, a refresh can return the same token: exp has whole seconds.
        Assert.True(refresh.ExpiresAfter >= refresh.ExpiresBefore, $"the refreshed token expires earlier ({refresh.ExpiresAfter} < {refresh.ExpiresBefore})");
        Assert.Equal(postedId, ActivityJson.Id(echo));
    }

    [Fact]
    public async Task Connect_InvalidToken_FailsToConnect()
    {
        await using var client = await DirectLineDriver.StartAsync();

        var exception = await Record.ExceptionAsync(() => client.ConnectAsync(Server.DirectLineDomain, "not-a-valid-token", UseWebSocket));

        Assert.NotNull(exception);
        Assert.Contains(client.Events.Snapshot(), e => e.GetProperty("event").GetString() == "status" && e.GetProperty("status").GetString() == "FailedToConnect");
    }

    private static string NewClientActivityId() => $"e2e-{Guid.NewGuid():N}";

    private static int IndexOfEcho(DirectLineDriver client, string clientActivityId)
    {
        var events = client.Events.Snapshot();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].GetProperty("event").GetString() == "activity"
                && ActivityJson.ClientActivityId(events[i].GetProperty("activity")) == clientActivityId)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No echo with client activity id {clientActivityId}.");
    }

    // The welcome can come as several activities; the watermark is read once no more arrive for a moment.
    private static async Task<(string ConversationId, string? Watermark)> GetSettledStateAsync(DirectLineDriver client)
    {
        var count = -1;
        while (count != client.Events.Count)
        {
            count = client.Events.Count;
            await Task.Delay(TimeSpan.FromMilliseconds(750));
        }

        var (conversationId, watermark) = await client.GetStateAsync();
        return (conversationId ?? throw new InvalidOperationException("The client has no conversation id."), watermark);
    }
}
