using System.Text.Json.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>A conversation reference kept for proactive messages, with where it came from.</summary>
public sealed class StoredConversationReference
{
    [JsonPropertyName("reference")]
    public ConversationReference Reference { get; set; } = new();

    /// <summary>
    /// Whether the serviceUrl came from an activity whose token was validated. Only then may the
    /// bot's token be sent there later.
    /// </summary>
    [JsonPropertyName("serviceUrlVerified")]
    public bool ServiceUrlVerified { get; set; }

    /// <summary>The Entra tenant of the conversation, when the channel named one.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    [JsonPropertyName("savedAt")]
    public DateTimeOffset SavedAt { get; set; }
}
