using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.BotFramework;

public sealed class ConnectorClientTests(SecuredBotFixture bot) : IClassFixture<SecuredBotFixture>
{
    private ConnectorClient Client => bot.Factory.Services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task Send_429Then502_DeliveredExactlyOnce()
    {
        var activity = CreateReply();
        bot.Connector.FailNext(429, "1");
        bot.Connector.FailNext(502);

        await Client.SendActivityAsync(Trusted, activity, CancellationToken.None);

        var attempts = RequestsOf(bot.Connector, activity);
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts, request => request.Status == 200);
    }

    [Fact]
    public async Task Send_RetryAfter_WaitsBeforeRetry()
    {
        var activity = CreateReply();
        bot.Connector.FailNext(429, "1");

        await Client.SendActivityAsync(Trusted, activity, CancellationToken.None);

        var attempts = RequestsOf(bot.Connector, activity);
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "The retry came before Retry-After elapsed.");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(504)]
    public async Task Send_RetryableStatus_Retries(int status)
    {
        var activity = CreateReply();
        bot.Connector.FailNext(status);

        await Client.SendActivityAsync(Trusted, activity, CancellationToken.None);

        Assert.Equal(2, RequestsOf(bot.Connector, activity).Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(500)]
    public async Task Send_OtherFailure_ThrowsWithoutRetry(int status)
    {
        var activity = CreateReply();
        bot.Connector.FailNext(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendActivityAsync(Trusted, activity, CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(RequestsOf(bot.Connector, activity));
    }

    [Fact]
    public async Task Send_VerifiedTrustedUrl_AttachesToken()
    {
        var activity = CreateReply();

        await Client.SendActivityAsync(Trusted, activity, CancellationToken.None);

        Assert.Equal($"Bearer {FakeBotTokenProvider.Token}", Assert.Single(RequestsOf(bot.Connector, activity)).Authorization);
    }

    [Fact]
    public async Task Send_UnverifiedTrustedUrl_SendsNoToken()
    {
        var activity = CreateReply();

        await Client.SendActivityAsync(new ConnectorEndpoint(bot.Connector.BaseAddress, Verified: false), activity, CancellationToken.None);

        Assert.Equal("", Assert.Single(RequestsOf(bot.Connector, activity)).Authorization);
    }

    [Fact]
    public async Task Send_UntrustedHostPort_SendsNoToken()
    {
        var activity = CreateReply();

        await Client.SendActivityAsync(new ConnectorEndpoint(bot.UntrustedConnector.BaseAddress, Verified: true), activity, CancellationToken.None);

        Assert.Equal("", Assert.Single(RequestsOf(bot.UntrustedConnector, activity)).Authorization);
    }

    [Fact]
    public async Task Post_ActivityFromUntrustedServiceUrl_RepliesWithoutToken()
    {
        var activity = BotFrameworkActivities.CreateMessage(bot.UntrustedConnector.BaseAddress, "hi", $"a:untrusted-{Guid.NewGuid():N}");
        var token = TestTokens.Create(bot.TeamsKey, serviceUrl: activity.ServiceUrl);
        using var request = BotFrameworkActivities.CreateRequest(activity, $"Bearer {token}");

        using var response = await bot.Factory.CreateClient().SendAsync(request);

        await bot.UntrustedConnector.WaitForAsync(replies => replies.Any(reply => reply.Conversation?.Id == activity.Conversation!.Id));
        Assert.All(bot.UntrustedConnector.Requests, received => Assert.Equal("", received.Authorization));
    }

    [Fact]
    public async Task Update_PutsToActivityRoute()
    {
        var activity = CreateReply();
        activity.Id = "1:activity;id@x";

        await Client.UpdateActivityAsync(Trusted, activity, CancellationToken.None);

        var request = Assert.Single(RequestsOf(bot.Connector, activity));
        Assert.Equal("PUT", request.Method);
        Assert.EndsWith("/activities/1%3Aactivity%3Bid%40x", request.RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_DeletesActivityRoute()
    {
        var conversationId = $"a:delete-{Guid.NewGuid():N}";

        await Client.DeleteActivityAsync(Trusted, conversationId, "reply-7", CancellationToken.None);

        var request = Assert.Single(bot.Connector.Requests, received => received.RawPath.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal));
        Assert.Equal("DELETE", request.Method);
        Assert.EndsWith("/activities/reply-7", request.RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversation_ReturnsNewId()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(BotFrameworkActivities.BotId),
            Members = [new ChannelAccount(BotFrameworkActivities.UserId)],
            TenantId = TestTokens.TenantId,
        };

        var created = await Client.CreateConversationAsync(Trusted, parameters, CancellationToken.None);

        Assert.StartsWith("new-conversation-", created.Id, StringComparison.Ordinal);
    }

    private ConnectorEndpoint Trusted => new(bot.Connector.BaseAddress, Verified: true);

    private static Activity CreateReply()
    {
        var inbound = BotFrameworkActivities.CreateMessage(new Uri("http://127.0.0.1:1/"), "hi", $"a:connector-{Guid.NewGuid():N}");
        return inbound.CreateReply("The bot's reply.");
    }

    private static List<ConnectorRequest> RequestsOf(MockConnector connector, Activity activity) =>
        [.. connector.Requests.Where(request => request.RawPath.Contains(Uri.EscapeDataString(activity.Conversation!.Id!), StringComparison.Ordinal))];
}
