using System.Text.Json.Serialization;

namespace HelpBot.Protocol.DirectLine;

/// <summary>A Direct Line conversation and the token that grants access to it.</summary>
public sealed class Conversation
{
    [JsonPropertyName("conversationId")]
    public string? ConversationId { get; set; }

    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Seconds until <see cref="Token"/> expires.</summary>
    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }

    /// <summary>WebSocket address that carries the token in its <c>t</c> query parameter.</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; set; }

    [JsonPropertyName("referenceGrammarId")]
    public string? ReferenceGrammarId { get; set; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }
}
