using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Downloads;

/// <summary>The storage document of one downloadable file.</summary>
internal sealed class StoredFile
{
    /// <summary>The file's bytes, serialized as base64.</summary>
    [JsonPropertyName("content")]
    public byte[] Content { get; set; } = [];

    [JsonPropertyName("expiresAt")]
    public DateTimeOffset ExpiresAt { get; set; }
}
