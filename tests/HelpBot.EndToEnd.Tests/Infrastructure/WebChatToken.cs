using System.Net.Http.Json;
using System.Text.Json;

namespace HelpBot.EndToEnd.Tests.Infrastructure;

/// <summary>A Direct Line token from the bot's web chat token endpoint.</summary>
/// <param name="Token">The bearer token the clients send.</param>
/// <param name="ConversationId">The conversation the token is scoped to, when the endpoint names one.</param>
/// <param name="UserId">The user id embedded in the token, when the endpoint names one.</param>
internal sealed record WebChatToken(string Token, string? ConversationId, string? UserId)
{
    public const string Path = "/api/webchat/token";

    /// <summary>Requests a token the way the web chat page does: POST with no body.</summary>
    public static async Task<WebChatToken> RequestAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await client.PostAsync(new Uri(Path, UriKind.Relative), content: null);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {Path} failed with HTTP {(int)response.StatusCode}.");
        }

        using var body = await response.Content.ReadFromJsonAsync<JsonDocument>()
            ?? throw new InvalidOperationException($"POST {Path} returned an empty body.");
        var root = body.RootElement;
        var token = root.GetProperty("token").GetString()
            ?? throw new InvalidOperationException($"POST {Path} returned a null token.");
        var conversationId = root.TryGetProperty("conversationId", out var id) ? id.GetString() : null;
        var userId = root.TryGetProperty("userId", out var user) ? user.GetString() : null;
        return new WebChatToken(token, conversationId, userId);
    }
}
