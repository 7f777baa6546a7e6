using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.DirectLine;

public sealed class DirectLineTokenTests : IDisposable
{
    private readonly HelpBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Generate_WithSecret_ReturnsToken()
    {
        var client = _factory.CreateDirectLineClient();

        var conversation = await client.GenerateTokenAsync();

        Assert.False(string.IsNullOrEmpty(conversation.Token));
        Assert.False(string.IsNullOrEmpty(conversation.ConversationId));
        Assert.Equal(1800, conversation.ExpiresIn);
        Assert.Null(conversation.StreamUrl);
    }

    [Fact]
    public async Task Generate_Token_HasUserClaim()
    {
        var client = _factory.CreateDirectLineClient();

        var conversation = await client.GenerateTokenAsync();

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(conversation.Token!.Split('.')[1]));
        var user = payload.RootElement.GetProperty("user").GetString();
        Assert.StartsWith("dl_", user, StringComparison.Ordinal);
        Assert.Equal(conversation.ConversationId, payload.RootElement.GetProperty("conv").GetString());
    }

    [Theory]
    [InlineData("""{"user":{"id":"dl_dana-test"}}""", HttpStatusCode.OK)]
    [InlineData("""{"user":{"id":"dana"}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"user":{"id":"dl_a/b"}}""", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.OK)]
    public async Task Generate_RequestedUserId_NeedsDlPrefix(string body, HttpStatusCode expected)
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", HelpBotFactory.Secret,
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Generate_WithToken_Returns403()
    {
        var client = _factory.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", generated.Token);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Generate_WithoutAuthorization_Returns401()
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task Refresh_ValidToken_KeepsConversation()
    {
        var client = _factory.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();
        await Task.Delay(1100);

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", generated.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.Conversation);
        Assert.Equal(generated.ConversationId, refreshed!.ConversationId);
        Assert.NotEqual(generated.Token, refreshed.Token);
        Assert.Equal(1800, refreshed.ExpiresIn);
    }

    [Fact]
    public async Task Refresh_WithSecret_Returns400()
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", HelpBotFactory.Secret);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Returns403TokenExpired()
    {
        var client = _factory.CreateDirectLineClient();
        var expired = _factory.TokenService.Issue("abcdefghijklmnop", "dl_expired", ChannelIds.DirectLine, DateTimeOffset.UtcNow.AddHours(-2));

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", expired.Token);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task Activities_ExpiredToken_Returns403()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var expired = _factory.TokenService.Issue(conversation.ConversationId!, "dl_expired", ChannelIds.DirectLine, DateTimeOffset.UtcNow.AddHours(-1));

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", expired.Token);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task Refresh_TokenFromAnotherServer_Returns403Forbidden()
    {
        var client = _factory.CreateDirectLineClient();
        using var otherServer = new HelpBotFactory();
        var foreign = otherServer.TokenService.Issue("abcdefghijklmnop", "dl_foreign");

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", foreign.Token);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b")]
    public async Task Refresh_MalformedBearer_Returns401(string bearer)
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", bearer);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
