using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>The storage document that lists every stored draft with its expiry, so expired drafts can be swept.</summary>
internal sealed class DraftIndex
{
    [JsonPropertyName("drafts")]
    public List<DraftIndexEntry> Drafts { get; set; } = [];
}

/// <summary>One stored draft in the <see cref="DraftIndex"/>.</summary>
internal sealed class DraftIndexEntry
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("expiresAt")]
    public DateTimeOffset ExpiresAt { get; set; }
}
