using System.Text.Json.Serialization;

namespace HelpBot.Bot.Proactive;

/// <summary>The proactive messages of one web chat user that no client has read yet, oldest first.</summary>
public sealed class PendingDeliverySet
{
    [JsonPropertyName("items")]
    public List<PendingDelivery> Items { get; set; } = [];
}
