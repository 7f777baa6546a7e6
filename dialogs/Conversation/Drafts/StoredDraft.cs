using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>The storage document of one draft.</summary>
internal sealed class StoredDraft
{
    /// <summary>The <c>.eml</c> bytes, serialized as base64.</summary>
    [JsonPropertyName("eml")]
    public byte[] Eml { get; set; } = [];

    [JsonPropertyName("expiresAt")]
    public DateTimeOffset ExpiresAt { get; set; }
}
