using System.Text.Json.Serialization;

namespace HelpBot.Bot.Proactive;

/// <summary>The conversation a user last wrote in on one channel.</summary>
public sealed class UserConversationRecord
{
    [JsonPropertyName("conversationId")]
    public string ConversationId { get; set; } = "";

    [JsonPropertyName("savedAt")]
    public DateTimeOffset SavedAt { get; set; }
}
