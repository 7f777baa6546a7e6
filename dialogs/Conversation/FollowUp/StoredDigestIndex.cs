using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>The storage document that lists every stored digest with its expiry, so expired ones can be swept.</summary>
internal sealed class StoredDigestIndex
{
    /// <summary>Expiry of each stored digest, by id.</summary>
    [JsonPropertyName("digests")]
    public Dictionary<string, DateTimeOffset> Digests { get; set; } = [];
}
