using System.Net;
using System.Net.WebSockets;
using HelpBot.Bot.Tests.Support;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using Microsoft.AspNetCore.TestHost;

namespace HelpBot.Bot.Tests.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private readonly HelpBotFactory _factory = new(new Dictionary<string, string?> { ["DirectLine:StreamKeepAliveInterval"] = "00:00:01" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Stream_Connect_ReplaysWelcome()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        var (activities, watermark) = await stream.ReceiveActivitiesAsync(1);

        Assert.Equal(EchoTurnHandler.WelcomeText, activities[0].Text);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Stream_PostedMessage_DeliversEchoAndReply()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        await stream.ReceiveActivitiesAsync(1);

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-7");
        var (activities, watermark) = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal("client-7", activities[0].GetChannelDataString("clientActivityID"));
        Assert.Equal(RoleTypes.User, activities[0].From?.Role);
        Assert.Equal("You said: hello", activities[1].Text);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Stream_TwoSockets_BothReceiveReply()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var first = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        using var second = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        await first.ReceiveActivitiesAsync(1);
        await second.ReceiveActivitiesAsync(1);

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hi", "c1");

        Assert.Equal("You said: hi", (await first.ReceiveActivitiesAsync(2)).Activities[1].Text);
        Assert.Equal("You said: hi", (await second.ReceiveActivitiesAsync(2)).Activities[1].Text);
    }

    [Fact]
    public async Task Stream_Reconnect_ReplaysAfterWatermark()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "first", "c1");
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "second", "c2");

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=3", conversation.Token);
        var reconnected = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync(response.Content, HelpBot.Protocol.Serialization.ProtocolJsonContext.Default.Conversation);
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, reconnected!.StreamUrl!);
        var (activities, watermark) = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal("second", activities[0].Text);
        Assert.Equal("You said: second", activities[1].Text);
        Assert.Equal("5", watermark);
    }

    [Fact]
    public async Task Stream_Idle_SendsEmptyKeepAlive()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        await stream.ReceiveActivitiesAsync(1);

        var keepAlive = await stream.ReceiveTextAsync();

        Assert.Equal("", keepAlive);
    }

    [Fact]
    public async Task Stream_EmptyPing_KeepsStreamOpen()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        await stream.ReceiveActivitiesAsync(1);

        await stream.Socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None);
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "still there?", "c1");

        Assert.Equal("You said: still there?", (await stream.ReceiveActivitiesAsync(2)).Activities[1].Text);
    }

    [Fact]
    public async Task Stream_ClientCloses_HandshakeCompletes()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var stream = await StreamReaderClient.ConnectAsync(_factory.Server, conversation.StreamUrl!);
        await stream.ReceiveActivitiesAsync(1);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await stream.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);

        Assert.Equal(WebSocketState.Closed, stream.Socket.State);
    }

    [Fact]
    public async Task Stream_InvalidToken_RejectedBeforeUpgrade()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var streamUrl = conversation.StreamUrl!.Replace("?t=", "?t=x", StringComparison.Ordinal);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StreamReaderClient.ConnectAsync(_factory.Server, streamUrl));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_PlainHttpGet_Returns400()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var path = new Uri(conversation.StreamUrl!).PathAndQuery;

        using var response = await client.Http.GetAsync(path);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Stream_HostStops_ClosesWithGoingAway()
    {
        var factory = new HelpBotFactory();
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var stream = await StreamReaderClient.ConnectAsync(factory.Server, conversation.StreamUrl!);
        await stream.ReceiveActivitiesAsync(1);

        var disposing = Task.Run(factory.Dispose);
        var closed = await stream.ReceiveTextAsync();
        await disposing;

        Assert.Null(closed);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, stream.Socket.CloseStatus);
    }
}
