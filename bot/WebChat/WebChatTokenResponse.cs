using System.Text.Json.Serialization;

namespace HelpBot.Bot.WebChat;

/// <summary>Body of <c>POST /api/webchat/token</c>: what the page needs to open its Direct Line conversation.</summary>
public sealed class WebChatTokenResponse
{
    /// <summary>The Direct Line token, valid for <see cref="ExpiresIn"/> seconds.</summary>
    [JsonPropertyName("token")]
    public string Token { get; set; } = "";

    /// <summary>The conversation the token opens; it starts with the first <c>POST /conversations</c>.</summary>
    [JsonPropertyName("conversationId")]
    public string? ConversationId { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }

    /// <summary>The user id embedded in the token (<c>dl_</c> and random characters).</summary>
    [JsonPropertyName("userId")]
    public string UserId { get; set; } = "";

    /// <summary>
    /// The signed, long-lived credential of <see cref="UserId"/>. The page keeps it (in localStorage)
    /// and sends it with its next token request to stay the same user.
    /// </summary>
    [JsonPropertyName("userCredential")]
    public string UserCredential { get; set; } = "";
}
