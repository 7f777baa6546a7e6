using System.Net;
using System.Net.Http.Json;
using System.Text;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.Hosting;

public sealed class ErrorEnvelopeTests : IDisposable
{
    private readonly HelpBotFactory _factory = new(new Dictionary<string, string?>
    {
        ["DirectLine:MaxActivityBytes"] = "2048",
        ["BotFramework:MaxActivityBytes"] = "2048",
        ["DirectLine:MaxUploadRequestBytes"] = "4096",
    });

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> JsonEndpoints => new()
    {
        "/v3/directline/tokens/generate",
        "/v3/directline/conversations",
        "/v3/directline/conversations/{id}/activities",
        "/api/messages",
    };

    public static TheoryData<string> BodyEndpoints => new()
    {
        "/v3/directline/tokens/generate",
        "/v3/directline/tokens/refresh",
        "/v3/directline/conversations",
        "/v3/directline/conversations/{id}/activities",
        "/v3/directline/conversations/{id}/upload",
        "/api/messages",
        "/api/webchat/token",
    };

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Post_MalformedJson_Returns400BadArgument(string path)
    {
        var (client, resolved, bearer) = await PrepareAsync(path);

        using var response = await client.SendAsync(HttpMethod.Post, resolved, bearer, new StringContent("{\"type\": \"message\",", Encoding.UTF8, "application/json"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task Post_OversizedBody_Returns413(string path)
    {
        var (client, resolved, bearer) = await PrepareAsync(path);
        var body = "{\"type\":\"message\",\"text\":\"" + new string('a', 8192) + "\"}";

        using var response = await client.SendAsync(HttpMethod.Post, resolved, bearer, new StringContent(body, Encoding.UTF8, "application/json"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
    }

    [Fact]
    public async Task PostActivity_MissingType_Returns400MissingProperty()
    {
        var (client, path, bearer) = await PrepareAsync("/v3/directline/conversations/{id}/activities");

        using var response = await client.SendAsync(HttpMethod.Post, path, bearer, new StringContent("{\"text\":\"hi\"}", Encoding.UTF8, "application/json"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "MissingProperty");
    }

    [Fact]
    public async Task PostActivity_EmptyBody_Returns400MissingProperty()
    {
        var (client, path, bearer) = await PrepareAsync("/v3/directline/conversations/{id}/activities");

        using var response = await client.SendAsync(HttpMethod.Post, path, bearer, new StringContent("", Encoding.UTF8, "application/json"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "MissingProperty");
    }

    [Fact]
    public async Task PostActivity_NotJsonContentType_Returns415()
    {
        var (client, path, bearer) = await PrepareAsync("/v3/directline/conversations/{id}/activities");

        using var response = await client.SendAsync(HttpMethod.Post, path, bearer, new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "text/plain"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
    }

    [Theory]
    [InlineData("{\"type\": \"message\",", "not valid JSON")]
    [InlineData("[1,2]", "wrong type")]
    [InlineData("{\"type\":\"message\",\"text\":5}", "wrong type")]
    [InlineData("{\"type\":\"message\"} {}", "not valid JSON")]
    public async Task PostActivity_BadJson_MessageNamesFault(string body, string expected)
    {
        var (client, path, bearer) = await PrepareAsync("/v3/directline/conversations/{id}/activities");

        using var response = await client.SendAsync(HttpMethod.Post, path, bearer, new StringContent(body, Encoding.UTF8, "application/json"));

        var error = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ErrorResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, error!.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_MalformedJson_HidesContent()
    {
        var (client, path, bearer) = await PrepareAsync("/v3/directline/conversations/{id}/activities");

        using var response = await client.SendAsync(HttpMethod.Post, path, bearer, new StringContent("{\"text\": SSN 078-05-1120}", Encoding.UTF8, "application/json"));

        Assert.DoesNotContain("078-05-1120", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownRoute_Returns404Envelope()
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.Http.GetAsync("/v3/directline/nothing-here");

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task Put_ActivitiesRoute_Returns405Envelope()
    {
        var client = _factory.CreateDirectLineClient();

        using var response = await client.Http.PutAsync("/api/messages", new StringContent("{}"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
    }

    private async Task<(DirectLineTestClient Client, string Path, string? Bearer)> PrepareAsync(string path)
    {
        var client = _factory.CreateDirectLineClient();
        if (!path.Contains("{id}", StringComparison.Ordinal))
        {
            var bearer = path.StartsWith("/api/", StringComparison.Ordinal) ? null : HelpBotFactory.Secret;
            if (path.EndsWith("/refresh", StringComparison.Ordinal))
            {
                bearer = (await client.GenerateTokenAsync()).Token;
            }

            return (client, path, bearer);
        }

        var conversation = await client.StartNewConversationAsync();
        return (client, path.Replace("{id}", conversation.ConversationId, StringComparison.Ordinal), conversation.Token);
    }
}
