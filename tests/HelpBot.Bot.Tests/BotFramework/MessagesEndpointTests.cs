using System.Net;
using System.Text;
using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.BotFramework;

public sealed class MessagesEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly HelpBotFactory _factory = new();
    private CaptureServer _connector = null!;

    public async Task InitializeAsync() => _connector = await CaptureServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_LoopbackServiceUrl_RepliesThroughConnector()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity(ActivityTypes.Message, _connector.BaseAddress.ToString(), "hello")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(_connector.Requests, request => request.Body.Contains("You said: hello", StringComparison.Ordinal));
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/a%3A1%3Bmessageid%3D2%40thread/activities/act%7C1", reply.RawPath);
        var sent = JsonSerializer.Deserialize(reply.Body, ProtocolJsonContext.Default.Activity)!;
        Assert.Equal("act|1", sent.ReplyToId);
        Assert.Equal("bot-1", sent.From?.Id);
        Assert.Equal("user-1", sent.Recipient?.Id);
    }

    [Theory]
    [InlineData("http://127.0.0.1.evil.example/")]
    [InlineData("http://evil.example@127.0.0.1/")]
    [InlineData("http://127.0.0.1@evil.example/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://167772161/")]
    [InlineData("http://192.168.1.20/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    public async Task Post_NonLoopbackServiceUrl_Returns403(string serviceUrl)
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity(ActivityTypes.Message, serviceUrl, "hello")));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_UserInfoServiceUrl_SendsNothing()
    {
        var client = _factory.CreateClient();
        var serviceUrl = $"http://someone@127.0.0.1:{_connector.BaseAddress.Port}/";

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity(ActivityTypes.Message, serviceUrl, "hello")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_MessageWithoutServiceUrl_Returns400MissingProperty()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity(ActivityTypes.Message, null, "hello")));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "MissingProperty");
    }

    [Theory]
    [InlineData("""{"conversation":{"id":"c1"},"serviceUrl":"http://127.0.0.1:1/"}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:1/"}""")]
    [InlineData("""{"type":"message","conversation":{},"serviceUrl":"http://127.0.0.1:1/"}""")]
    public async Task Post_MissingRequiredField_Returns400MissingProperty(string body)
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "MissingProperty");
    }

    [Fact]
    public async Task Post_UnknownActivityType_Returns200AndSendsNothing()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity("somethingNew", _connector.BaseAddress.ToString(), null)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_UnknownTypeNoServiceUrl_Returns200()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity("somethingNew", null, null)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnhandledInvoke_Returns501()
    {
        var client = _factory.CreateClient();
        var invoke = CreateActivity(ActivityTypes.Invoke, _connector.BaseAddress.ToString(), null);
        invoke.Name = "adaptiveCard/action";

        using var response = await client.PostAsync("/api/messages", CreateJson(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_ConversationUpdate_SendsWelcome()
    {
        var client = _factory.CreateClient();
        var update = CreateActivity(ActivityTypes.ConversationUpdate, _connector.BaseAddress.ToString(), null);
        update.MembersAdded = [new ChannelAccount("user-1"), new ChannelAccount("bot-1")];

        using var response = await client.PostAsync("/api/messages", CreateJson(update));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Requests, request => request.Body.Contains(EchoTurnHandler.WelcomeText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Head_Messages_Returns200()
    {
        var client = _factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AppIdConfigured_Returns401()
    {
        await using var secured = new HelpBotFactory(new Dictionary<string, string?>
        {
            ["BotFramework:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["BotFramework:MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            ["BotFramework:MicrosoftAppPassword"] = "not-a-real-secret",
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/metadata",
            ["BotFramework:EntraOpenIdMetadataUrl"] = "http://127.0.0.1:9/metadata",
        });
        var client = secured.CreateClient();

        using var response = await client.PostAsync("/api/messages", CreateJson(CreateActivity(ActivityTypes.Message, _connector.BaseAddress.ToString(), "hello")));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Empty(_connector.Requests);
    }

    private static Activity CreateActivity(string type, string? serviceUrl, string? text) => new()
    {
        Type = type,
        Id = "act|1",
        ChannelId = ChannelIds.Emulator,
        ServiceUrl = serviceUrl,
        Text = text,
        From = new ChannelAccount("user-1", "Dana Testperson", RoleTypes.User),
        Recipient = new ChannelAccount("bot-1", "HelpBot", RoleTypes.Bot),
        Conversation = new ConversationAccount("a:1;messageid=2@thread"),
    };

    private static StringContent CreateJson(Activity activity) => DirectLineTestClient.CreateJson(activity);
}
