using System.Net;
using System.Text.Json;
using HelpBot.Bot.Tests.BotFramework;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Proactive;

/// <summary>
/// Proactive delivery through the Bot Connector: the secured bot (app id, validated tokens) learns
/// its users from authenticated message turns and sends reminders to the loopback mock Connector.
/// </summary>
public sealed class ConnectorProactiveTests(SecuredBotFixture bot) : IClassFixture<SecuredBotFixture>
{
    [Fact]
    public async Task SendAsync_UserAfterMessageTurn_PostsToConversationWithToken()
    {
        var (userId, conversationId) = await ChatAsync();

        var delivery = await SendAsync(new ProactiveAddress(ChannelIds.MsTeams, userId), "Reminder: check ticket 1B00000.");

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        var request = Assert.Single(RequestsContaining("Reminder: check ticket 1B00000."));
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", request.RawPath);
        Assert.Equal($"Bearer {FakeBotTokenProvider.Token}", request.Authorization);
        Assert.Equal(BotFrameworkActivities.BotId, request.Activity.From?.Id);
        Assert.Equal(userId, request.Activity.Recipient?.Id);
        Assert.Equal(conversationId, request.Activity.Conversation?.Id);
        Assert.Null(request.Activity.ReplyToId);
    }

    [Fact]
    public async Task SendAsync_NamedConversation_PostsThere()
    {
        var (userId, conversationId) = await ChatAsync();

        var delivery = await SendAsync(new ProactiveAddress(ChannelIds.MsTeams, userId, conversationId), "Named conversation reminder.");

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        var request = Assert.Single(RequestsContaining("Named conversation reminder."));
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", request.RawPath);
    }

    [Fact]
    public async Task SendAsync_UnknownTeamsUserInKnownTenant_CreatesPersonalConversation()
    {
        await ChatAsync();
        var newUserId = $"29:supervisor-{Guid.NewGuid():N}";

        var delivery = await SendAsync(new ProactiveAddress(ChannelIds.MsTeams, newUserId), "Escalation for a supervisor.");

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        var create = Assert.Single(bot.Connector.Requests, request => request.RawPath == "/v3/conversations" && request.Body.Contains(newUserId, StringComparison.Ordinal));
        Assert.Equal($"Bearer {FakeBotTokenProvider.Token}", create.Authorization);
        using var parameters = JsonDocument.Parse(create.Body);
        var root = parameters.RootElement;
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal(BotFrameworkActivities.BotId, root.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(newUserId, root.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TestTokens.TenantId, root.GetProperty("tenantId").GetString());
        Assert.Equal(TestTokens.TenantId, root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        var post = Assert.Single(RequestsContaining("Escalation for a supervisor."));
        Assert.StartsWith("/v3/conversations/new-conversation-", post.RawPath, StringComparison.Ordinal);
        Assert.Equal(newUserId, post.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task SendAsync_CreatedConversation_IsReusedNextTime()
    {
        await ChatAsync();
        var newUserId = $"29:supervisor-{Guid.NewGuid():N}";
        await SendAsync(new ProactiveAddress(ChannelIds.MsTeams, newUserId), "First escalation.");

        var delivery = await SendAsync(new ProactiveAddress(ChannelIds.MsTeams, newUserId), "Second escalation.");

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        Assert.Single(bot.Connector.Requests, request => request.RawPath == "/v3/conversations" && request.Body.Contains(newUserId, StringComparison.Ordinal));
        Assert.Single(RequestsContaining("Second escalation."));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SendAsync_ConnectorError_ReturnsFailed(int status)
    {
        var (userId, _) = await ChatAsync();
        bot.Connector.FailNext(status);

        var delivery = await SendAsync(new ProactiveAddress(ChannelIds.MsTeams, userId), $"Reminder refused with {status}.");

        Assert.Equal(ProactiveDelivery.Failed, delivery);
    }

    [Theory]
    [InlineData(ChannelIds.Emulator, null)]
    [InlineData(ChannelIds.MsTeams, "a:unknown-conversation")]
    public async Task SendAsync_NoReference_ReturnsNoAddress(string channelId, string? conversationId)
    {
        var delivery = await SendAsync(new ProactiveAddress(channelId, $"unknown-{Guid.NewGuid():N}", conversationId), "Nobody to tell.");

        Assert.Equal(ProactiveDelivery.NoAddress, delivery);
        Assert.Empty(RequestsContaining("Nobody to tell."));
    }

    // One authenticated message turn from a new user in a new personal conversation.
    private async Task<(string UserId, string ConversationId)> ChatAsync()
    {
        var userId = $"29:user-{Guid.NewGuid():N}";
        var conversationId = $"a:personal-{Guid.NewGuid():N}";
        var activity = BotFrameworkActivities.CreateMessage(bot.Connector.BaseAddress, "hello", conversationId);
        activity.From!.Id = userId;
        var token = TestTokens.Create(bot.TeamsKey, serviceUrl: activity.ServiceUrl);
        using var request = BotFrameworkActivities.CreateRequest(activity, $"Bearer {token}");
        using var response = await bot.Factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (userId, conversationId);
    }

    private Task<ProactiveDelivery> SendAsync(ProactiveAddress address, string text)
    {
        var sender = bot.Factory.Services.GetRequiredService<IProactiveSender>();
        return sender.SendAsync(address, [new Activity { Type = ActivityTypes.Message, Text = text }], CancellationToken.None);
    }

    private List<ConnectorRequest> RequestsContaining(string text) =>
        [.. bot.Connector.Accepted.Where(request => request.Body.Contains(text, StringComparison.Ordinal))];
}
