using System.Net.Http.Json;
using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Proactive;

/// <summary>Proactive delivery to web chat users through the embedded Direct Line server.</summary>
public sealed class DirectLineProactiveTests : IDisposable
{
    private readonly HelpBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SendAsync_StreamOpen_AppendsToConversationAndReturnsSent()
    {
        var session = await StartWebChatAsync(credential: null);
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, session.StreamUrl);
        await stream.ReceiveActivitiesAsync(1);

        var delivery = await SendAsync(session.UserId, "Reminder while connected.");

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        var (activities, _) = await stream.ReceiveActivitiesAsync(1);
        var reminder = Assert.Single(activities);
        Assert.Equal("Reminder while connected.", reminder.Text);
        Assert.Equal(RoleTypes.Bot, reminder.From?.Role);
        Assert.Equal(session.ConversationId, reminder.Conversation?.Id);
    }

    [Fact]
    public async Task SendAsync_NoClientConnected_QueuesInActivityLog()
    {
        var session = await StartWebChatAsync(credential: null);

        var delivery = await SendAsync(session.UserId, "Reminder while away.");

        Assert.Equal(ProactiveDelivery.Queued, delivery);
        var set = await _factory.CreateDirectLineClient().GetActivitiesAsync(session.ConversationId, session.Token);
        Assert.Contains(set.Activities, activity => activity.Text == "Reminder while away.");
    }

    [Fact]
    public async Task SendAsync_Identifiers_StoredAsPlaceholders()
    {
        var session = await StartWebChatAsync(credential: null);

        await SendAsync(session.UserId, "Call the client at 303-555-0100, SSN 219-09-9999.");
        var set = await _factory.CreateDirectLineClient().GetActivitiesAsync(session.ConversationId, session.Token);
        var next = await StartWebChatAsync(session.Credential);
        var nextLog = await _factory.CreateDirectLineClient().GetActivitiesAsync(next.ConversationId, next.Token);

        Assert.Contains(set.Activities, activity => activity.Text == "Call the client at [PHONE], SSN [SSN].");
        Assert.DoesNotContain(set.Activities, activity => activity.Text?.Contains("303-555-0100", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(nextLog.Activities, activity => activity.Text?.Contains("219-09-9999", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task StartConversation_PendingReminder_CopiedIntoNewConversationOnce()
    {
        var first = await StartWebChatAsync(credential: null);
        await SendAsync(first.UserId, "Reminder for the next visit.");

        var second = await StartWebChatAsync(first.Credential);
        var client = _factory.CreateDirectLineClient();
        var secondLog = await client.GetActivitiesAsync(second.ConversationId, second.Token);
        var third = await StartWebChatAsync(second.Credential);
        var thirdLog = await client.GetActivitiesAsync(third.ConversationId, third.Token);

        Assert.Equal(first.UserId, second.UserId);
        Assert.Single(secondLog.Activities, activity => activity.Text == "Reminder for the next visit.");
        Assert.DoesNotContain(thirdLog.Activities, activity => activity.Text == "Reminder for the next visit.");
    }

    [Fact]
    public async Task StartConversation_ReminderReadInOldConversation_NotCopied()
    {
        var first = await StartWebChatAsync(credential: null);
        await SendAsync(first.UserId, "Reminder read where it was sent.");
        var client = _factory.CreateDirectLineClient();
        await client.GetActivitiesAsync(first.ConversationId, first.Token);

        var second = await StartWebChatAsync(first.Credential);
        var secondLog = await client.GetActivitiesAsync(second.ConversationId, second.Token);

        Assert.DoesNotContain(secondLog.Activities, activity => activity.Text == "Reminder read where it was sent.");
    }

    [Fact]
    public async Task SendAsync_OldConversationClosedNewOneOpen_GoesToNewConversation()
    {
        var first = await StartWebChatAsync(credential: null);
        var second = await StartWebChatAsync(first.Credential);
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, second.StreamUrl);
        await stream.ReceiveActivitiesAsync(1);

        var delivery = await SendAsync(first.UserId, "Reminder after a reload.", conversationId: first.ConversationId);

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        var (activities, _) = await stream.ReceiveActivitiesAsync(1);
        var reminder = Assert.Single(activities);
        Assert.Equal("Reminder after a reload.", reminder.Text);
        Assert.Equal(second.ConversationId, reminder.Conversation?.Id);
    }

    [Fact]
    public async Task SendAsync_NoConversationOpen_StaysInNamedConversation()
    {
        var first = await StartWebChatAsync(credential: null);
        var second = await StartWebChatAsync(first.Credential);

        var delivery = await SendAsync(first.UserId, "Reminder while both are closed.", conversationId: first.ConversationId);

        Assert.Equal(ProactiveDelivery.Queued, delivery);
        var client = _factory.CreateDirectLineClient();
        var firstLog = await client.GetActivitiesAsync(first.ConversationId, first.Token);
        Assert.Contains(firstLog.Activities, activity => activity.Text == "Reminder while both are closed.");
        Assert.NotEqual(first.ConversationId, second.ConversationId);
    }

    [Fact]
    public async Task SendAsync_NamedConversationGoneUserNeverSeen_ReturnsFailed()
    {
        var delivery = await SendAsync("dl_user-gone", "Nowhere to go.", conversationId: "AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(ProactiveDelivery.Failed, delivery);
    }

    [Fact]
    public async Task SendAsync_NamedConversationGone_GoesToLatestConversation()
    {
        var session = await StartWebChatAsync(credential: null);

        var delivery = await SendAsync(session.UserId, "Reminder after the old chat expired.", conversationId: "AAAAAAAAAAAAAAAAAAAAAA");

        Assert.NotEqual(ProactiveDelivery.Failed, delivery);
        var log = await _factory.CreateDirectLineClient().GetActivitiesAsync(session.ConversationId, session.Token);
        Assert.Contains(log.Activities, activity => activity.Text == "Reminder after the old chat expired.");
    }

    [Fact]
    public async Task SendAsync_UserNeverSeen_ReturnsNoAddress()
    {
        var delivery = await SendAsync("dl_never-seen", "Nobody here.");

        Assert.Equal(ProactiveDelivery.NoAddress, delivery);
    }

    private Task<ProactiveDelivery> SendAsync(string userId, string text, string? conversationId = null)
    {
        var sender = _factory.Services.GetRequiredService<IProactiveSender>();
        var address = new ProactiveAddress(ChannelIds.WebChat, userId, conversationId);
        return sender.SendAsync(address, [new Activity { Type = ActivityTypes.Message, Text = text }], CancellationToken.None);
    }

    // What the web chat page does: a token (with the kept credential, if any), then POST /conversations.
    private async Task<WebChatSession> StartWebChatAsync(string? credential)
    {
        var http = _factory.CreateClient();
        var body = credential is null ? "{}" : JsonSerializer.Serialize(new Dictionary<string, string> { ["userCredential"] = credential });
        using var response = await http.PostAsync("/api/webchat/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var token = (await response.Content.ReadFromJsonAsync<JsonDocument>())!;
        var root = token.RootElement;
        var (_, conversation) = await _factory.CreateDirectLineClient().StartConversationAsync(root.GetProperty("token").GetString()!);
        return new WebChatSession(
            conversation.Token!,
            conversation.ConversationId!,
            root.GetProperty("userId").GetString()!,
            root.GetProperty("userCredential").GetString()!,
            conversation.StreamUrl!);
    }

    private sealed record WebChatSession(string Token, string ConversationId, string UserId, string Credential, string StreamUrl);
}
