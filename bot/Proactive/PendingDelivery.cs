using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Bot.Proactive;

/// <summary>A proactive message appended to a web chat conversation that no client had open.</summary>
public sealed class PendingDelivery
{
    /// <summary>The conversation the message is in, or null when the user's conversation was gone and it waits for a new one.</summary>
    [JsonPropertyName("conversationId")]
    public string? ConversationId { get; set; }

    /// <summary>The message's sequence number (watermark) in <see cref="ConversationId"/>.</summary>
    [JsonPropertyName("sequence")]
    public long Sequence { get; set; }

    /// <summary>The activity as the bot sent it, serialized with the protocol's serializer.</summary>
    [JsonPropertyName("activity")]
    public JsonElement Activity { get; set; }
}
