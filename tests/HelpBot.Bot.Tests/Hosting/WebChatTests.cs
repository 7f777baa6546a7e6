using System.Net;
using System.Net.Http.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.WebChat;

namespace HelpBot.Bot.Tests.Hosting;

public sealed class WebChatTests : IDisposable
{
    private readonly HelpBotFactory _factory = new(new Dictionary<string, string?>
    {
        ["WebChat:AllowedOrigins:0"] = "https://partner.example.org",
        ["WebChat:TokenRequestsPerMinute"] = "3",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Token_SameOrigin_ReturnsToken()
    {
        var client = _factory.CreateClient();

        using var response = await client.SendAsync(CreateTokenRequest("http://localhost"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<WebChatTokenResponse>();
        Assert.False(string.IsNullOrEmpty(token!.Token));
        Assert.False(string.IsNullOrEmpty(token.ConversationId));
        Assert.StartsWith("dl_", token.UserId, StringComparison.Ordinal);
        Assert.Equal(1800, token.ExpiresIn);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Token_StartsConversationOnWebChatChannel()
    {
        var client = _factory.CreateDirectLineClient();
        using var tokenResponse = await client.Http.SendAsync(CreateTokenRequest(null));
        var token = await tokenResponse.Content.ReadFromJsonAsync<WebChatTokenResponse>();

        var (status, conversation) = await client.StartConversationAsync(token!.Token);
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(token.ConversationId, conversation.ConversationId);
        Assert.Equal("webchat", set.Activities[0].ChannelId);
    }

    [Fact]
    public async Task Token_ReconnectWithReturnedId_StartsThatConversation()
    {
        var client = _factory.CreateDirectLineClient();
        using var tokenResponse = await client.Http.SendAsync(CreateTokenRequest(null));
        var token = await tokenResponse.Content.ReadFromJsonAsync<WebChatTokenResponse>();

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Prefix}/conversations/{token!.ConversationId}", token.Token);
        var conversation = await reconnect.Content.ReadFromJsonAsync<HelpBot.Protocol.DirectLine.Conversation>();
        var set = await client.GetActivitiesAsync(token.ConversationId!, conversation!.Token!);
        var (startStatus, started) = await client.StartConversationAsync(token.Token);

        Assert.Equal(HttpStatusCode.Created, reconnect.StatusCode);
        Assert.Equal(token.ConversationId, conversation.ConversationId);
        Assert.False(string.IsNullOrEmpty(conversation.StreamUrl));
        Assert.Contains(set.Activities, activity => activity.From?.Role == "bot" && activity.ChannelId == "webchat");
        Assert.Equal(HttpStatusCode.OK, startStatus);
        Assert.Equal(token.ConversationId, started.ConversationId);
    }

    [Fact]
    public async Task Reconnect_UnknownIdWithSecret_Returns404()
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Prefix}/conversations/abcdefghijklmnopqrstuv", HelpBotFactory.Secret);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [InlineData("https://evil.example", null, HttpStatusCode.Forbidden)]
    [InlineData("https://partner.example.org", null, HttpStatusCode.OK)]
    [InlineData(null, "cross-site", HttpStatusCode.Forbidden)]
    [InlineData(null, "same-origin", HttpStatusCode.OK)]
    [InlineData(null, null, HttpStatusCode.OK)]
    public async Task Token_Origin_MustBeOwnOrAllowed(string? origin, string? fetchSite, HttpStatusCode expected)
    {
        var client = _factory.CreateClient();
        var request = CreateTokenRequest(origin);
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Token_OverRateLimit_Returns429WithRetryAfter()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.SendAsync(CreateTokenRequest(null));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var response = await client.SendAsync(CreateTokenRequest(null));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.TooManyRequests, "Throttled");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Page_Root_ServesSameOriginPage()
    {
        var client = _factory.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lib/webchat.js", html, StringComparison.Ordinal);
        Assert.Contains("id=\"bundle-missing\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Icon_IsLinkedAndServed()
    {
        var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/");
        using var icon = await client.GetAsync("/favicon.svg");

        Assert.Contains("<link rel=\"icon\" href=\"favicon.svg\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_Script_UsesOwnDirectLineDomain()
    {
        var client = _factory.CreateClient();

        var script = await client.GetStringAsync("/app.js");

        Assert.Contains("createDirectLine", script, StringComparison.Ordinal);
        Assert.Contains("v3/directline", script, StringComparison.Ordinal);
        Assert.Contains("webchat/join", script, StringComparison.Ordinal);
        Assert.DoesNotContain("botframework.com", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Returns200()
    {
        var client = _factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage CreateTokenRequest(string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }
}
