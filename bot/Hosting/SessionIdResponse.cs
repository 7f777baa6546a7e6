using System.Text.Json.Serialization;

namespace HelpBot.Bot.Hosting;

/// <summary>Body of Direct Line's <c>GET /session/getsessionid</c>.</summary>
public sealed class SessionIdResponse
{
    [JsonPropertyName("sessionId")]
    public string SessionId { get; set; } = "";
}
