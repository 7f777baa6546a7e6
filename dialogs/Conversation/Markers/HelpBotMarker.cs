using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Markers;

/// <summary>
/// Machine-readable facts about an outbound activity, sent as <c>channelData.helpbot</c> so tests and
/// analytics can follow the conversation without reading its wording. Clients ignore it.
/// </summary>
public sealed class HelpBotMarker
{
    /// <summary>The question the activity asks (a <see cref="ConversationPrompts"/> value); null on a statement.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    /// <summary>The report field a <see cref="ConversationPrompts.Field"/> question asks for.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }

    /// <summary>The purpose of a statement that asks nothing (a <see cref="ConversationSteps"/> value).</summary>
    [JsonPropertyName("step")]
    public string? Step { get; set; }

    /// <summary>The system of the report, once decided: <c>peak</c> or <c>connect-for-health</c>.</summary>
    [JsonPropertyName("system")]
    public string? System { get; set; }

    /// <summary>The kind of the report, once decided: <c>technical</c>, <c>training</c> or <c>elsewhere</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>On the PII review card: the categories found, sorted ordinally.</summary>
    [JsonPropertyName("piiCategories")]
    public List<string>? PiiCategories { get; set; }
}
