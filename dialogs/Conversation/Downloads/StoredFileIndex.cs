using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Downloads;

/// <summary>The storage document that lists every stored file of one kind with its expiry, so expired files can be swept.</summary>
internal sealed class StoredFileIndex
{
    /// <summary>Expiry of each stored file, by id.</summary>
    [JsonPropertyName("files")]
    public Dictionary<string, DateTimeOffset> Files { get; set; } = [];
}
