using System.Net;
using System.Net.Http.Json;
using HelpBot.Bot.Tests.Support;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.DirectLine;

public sealed class DirectLineConversationTests : IDisposable
{
    private readonly HelpBotFactory _factory = new(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerPage"] = "2" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Start_NewToken_Returns201WithStreamUrl()
    {
        var client = _factory.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();

        var (status, conversation) = await client.StartConversationAsync(generated.Token!);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(generated.ConversationId, conversation.ConversationId);
        Assert.Equal(1800, conversation.ExpiresIn);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversation.ConversationId}/stream?t=", conversation.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SameTokenTwice_Returns200SecondTime()
    {
        var client = _factory.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();
        await client.StartConversationAsync(generated.Token!);

        var (status, conversation) = await client.StartConversationAsync(generated.Token!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(generated.ConversationId, conversation.ConversationId);
    }

    [Fact]
    public async Task Start_WithSecret_CreatesConversationWithNewId()
    {
        var client = _factory.CreateDirectLineClient();

        var (status, conversation) = await client.StartConversationAsync(HelpBotFactory.Secret);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False(string.IsNullOrEmpty(conversation.ConversationId));
        Assert.False(string.IsNullOrEmpty(conversation.Token));
    }

    [Fact]
    public async Task Start_Welcome_StoredWithoutConversationUpdate()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        var welcome = Assert.Single(set.Activities);
        Assert.Equal(EchoTurnHandler.WelcomeText, welcome.Text);
        Assert.Equal(RoleTypes.Bot, welcome.From?.Role);
        Assert.Equal($"{conversation.ConversationId}|0000001", welcome.Id);
        Assert.NotNull(welcome.Timestamp);
        Assert.DoesNotContain(set.Activities, activity => activity.Type == ActivityTypes.ConversationUpdate);
    }

    [Fact]
    public async Task Post_Message_EchoHasServerAndClientIds()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var id = await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");

        var echo = set.Activities[0];
        Assert.Equal($"{conversation.ConversationId}|0000002", id);
        Assert.Equal(id, echo.Id);
        Assert.Equal("client-1", echo.GetChannelDataString("clientActivityID"));
        Assert.Equal("1900-01-01T00:00:00.000Z", echo.GetChannelDataString("clientTimestamp"));
        Assert.Equal(RoleTypes.User, echo.From?.Role);
        Assert.NotNull(echo.Timestamp);
        Assert.Equal(ChannelIds.DirectLine, echo.ChannelId);
    }

    [Fact]
    public async Task Post_WebChatToken_ChannelIsWebChat()
    {
        var client = _factory.CreateDirectLineClient();
        var session = await _factory.CreateClient().PostAsync("/api/webchat/token", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        session.EnsureSuccessStatusCode();
        var body = System.Text.Json.JsonDocument.Parse(await session.Content.ReadAsStringAsync()).RootElement;
        var (_, conversation) = await client.StartConversationAsync(body.GetProperty("token").GetString()!);

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");

        Assert.Equal(ChannelIds.WebChat, set.Activities[0].ChannelId);
    }

    [Fact]
    public async Task Post_Message_FromIsTokenUser()
    {
        var client = _factory.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();
        var (_, conversation) = await client.StartConversationAsync(generated.Token!);
        var userId = ReadUserClaim(conversation.Token!);

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");

        Assert.Equal(userId, set.Activities[0].From?.Id);
        Assert.Equal("Dana Testperson", set.Activities[0].From?.Name);
    }

    [Fact]
    public async Task Post_Message_BotReplyFollowsEcho()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var id = await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "2");

        var reply = Assert.Single(set.Activities);
        Assert.Equal("You said: hello", reply.Text);
        Assert.Equal(id, reply.ReplyToId);
        Assert.Equal(RoleTypes.Bot, reply.From?.Role);
        Assert.Equal("3", set.Watermark);
    }

    [Fact]
    public async Task Get_Watermark_PagesForwardUntilEmpty()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "one", "c1");
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "two", "c2");

        var first = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);
        var second = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, first.Watermark);
        var third = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, second.Watermark);
        var fourth = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, third.Watermark);

        Assert.Equal(["1", "2"], first.Activities.Select(a => a.Id![^1..]).ToArray());
        Assert.Equal(["3", "4"], second.Activities.Select(a => a.Id![^1..]).ToArray());
        Assert.Single(third.Activities);
        Assert.Empty(fourth.Activities);
        Assert.Equal("5", fourth.Watermark);
    }

    [Fact]
    public async Task Post_Typing_IsNotReturnedOverGet()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var response = await client.PostActivityAsync(conversation.ConversationId!, conversation.Token!, new Activity { Type = ActivityTypes.Typing });
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(set.Activities, activity => activity.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Get_UnknownConversationWithSecret_Returns404()
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/abcdefghijklmnopqrstuv/activities", HelpBotFactory.Secret);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task Get_TokenOfOtherConversation_Returns403()
    {
        var client = _factory.CreateDirectLineClient();
        var mine = await client.StartNewConversationAsync();
        var other = await client.StartNewConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities", mine.Token);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Reconnect_Watermark_StreamStartsAfterIt()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=1", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.Conversation);
        Assert.Equal(conversation.ConversationId, reconnected!.ConversationId);
        Assert.False(string.IsNullOrEmpty(reconnected.Token));
        Assert.EndsWith("&watermark=1", reconnected.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_NoWatermark_StreamStartsAtEnd()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=", conversation.Token);

        var reconnected = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.Conversation);
        Assert.EndsWith("&watermark=1", reconnected!.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InvalidWatermark_Returns400()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=abc", conversation.Token);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Preflight_DirectLine_AllowsClientHeaders()
    {
        var client = _factory.CreateDirectLineClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://partner.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task SessionId_WithToken_ReturnsId()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sessionId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string ReadUserClaim(string token)
    {
        using var payload = System.Text.Json.JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]));
        return payload.RootElement.GetProperty("user").GetString()!;
    }
}
