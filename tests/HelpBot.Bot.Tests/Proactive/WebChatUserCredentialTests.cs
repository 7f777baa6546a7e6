using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Tests.Proactive;

/// <summary>The web chat user credential that keeps a browser's user id across conversations.</summary>
public sealed class WebChatUserCredentialTests : IDisposable
{
    private readonly HelpBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PostToken_ValidCredential_KeepsUserId()
    {
        var (_, first) = await RequestTokenAsync(null);

        var (status, second) = await RequestTokenAsync(first!.RootElement.GetProperty("userCredential").GetString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first.RootElement.GetProperty("userId").GetString(), second!.RootElement.GetProperty("userId").GetString());
        Assert.NotEqual(first.RootElement.GetProperty("conversationId").GetString(), second.RootElement.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task PostToken_NoCredential_IssuesNewUserAndCredential()
    {
        var (status, body) = await RequestTokenAsync(null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith(DirectLineIds.UserIdPrefix, body!.RootElement.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("userCredential").GetString()));
    }

    [Theory]
    [InlineData("not-a-credential")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiZGxfZm9yZ2VkIn0.c2lnbmF0dXJl")]
    public async Task PostToken_ForgedCredential_Returns401(string credential)
    {
        using var response = await PostAsync(credential);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.InvalidUserCredential);
    }

    [Fact]
    public async Task PostToken_CredentialFromOtherKey_Returns401()
    {
        var otherKey = new DirectLineCredentials("other-secret", isSecretGenerated: false, new byte[32]);
        var forged = new WebChatUserCredentials(otherKey, Options.Create(new WebChatOptions()), TimeProvider.System).Issue("dl_someone-else");

        using var response = await PostAsync(forged);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.InvalidUserCredential);
    }

    [Fact]
    public async Task PostToken_DirectLineTokenAsCredential_Returns401()
    {
        var directLineToken = _factory.TokenService.Issue("AAAAAAAAAAAAAAAAAAAAAA", "dl_token-user").Token;

        using var response = await PostAsync(directLineToken);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.InvalidUserCredential);
    }

    [Fact]
    public async Task PostToken_ExpiredCredential_Returns401Expired()
    {
        var credentials = _factory.Services.GetRequiredService<DirectLineCredentials>();
        var past = new FixedTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        var expired = new WebChatUserCredentials(credentials, Options.Create(new WebChatOptions { UserCredentialLifetime = TimeSpan.FromDays(1) }), past).Issue("dl_returning-user");

        using var response = await PostAsync(expired);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, ErrorCodes.UserCredentialExpired);
    }

    private async Task<(HttpStatusCode Status, JsonDocument? Body)> RequestTokenAsync(string? credential)
    {
        using var response = await PostAsync(credential);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonDocument>() : null);
    }

    private Task<HttpResponseMessage> PostAsync(string? credential)
    {
        var body = credential is null ? "{}" : JsonSerializer.Serialize(new Dictionary<string, string> { ["userCredential"] = credential });
        return _factory.CreateClient().PostAsync("/api/webchat/token", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
