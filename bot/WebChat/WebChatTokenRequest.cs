using System.Text.Json.Serialization;

namespace HelpBot.Bot.WebChat;

/// <summary>Body of <c>POST /api/webchat/token</c>; empty (<c>{}</c>) for a new user.</summary>
public sealed class WebChatTokenRequest
{
    /// <summary>The credential from an earlier token response, to keep that user id.</summary>
    [JsonPropertyName("userCredential")]
    public string? UserCredential { get; set; }
}
