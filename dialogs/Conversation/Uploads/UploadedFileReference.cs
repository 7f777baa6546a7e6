using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>A file the user uploaded during a report, as the message's attachment named it.</summary>
public sealed class UploadedFileReference
{
    /// <summary>The name the report lists, such as <c>error.png</c> or <c>Screenshot 1</c> for a file sent without one.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    /// <summary>The media type the channel declared, such as <c>image/png</c>.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    /// <summary>Where the channel keeps the file; null when the attachment had no address.</summary>
    [JsonPropertyName("contentUrl")]
    public string? ContentUrl { get; set; }
}
