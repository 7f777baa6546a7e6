using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>
/// A file or card carried by an activity. The protocol allows <see cref="Content"/> or
/// <see cref="ContentUrl"/>, not both.
/// </summary>
public sealed class Attachment
{
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    [JsonPropertyName("contentUrl")]
    public string? ContentUrl { get; set; }

    /// <summary>Inline content such as an Adaptive Card, as raw JSON.</summary>
    [JsonPropertyName("content")]
    public JsonElement? Content { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
