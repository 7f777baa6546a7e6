using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>The storage document of one digest CSV.</summary>
internal sealed class StoredDigest
{
    /// <summary>The CSV bytes, serialized as base64.</summary>
    [JsonPropertyName("csv")]
    public byte[] Csv { get; set; } = [];

    [JsonPropertyName("expiresAt")]
    public DateTimeOffset ExpiresAt { get; set; }
}
