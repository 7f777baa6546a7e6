using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// The storage document of one channel's supervisors: those an admin added in chat, and the
/// conversation each supervisor (configured or added) last used.
/// </summary>
internal sealed class SupervisorRoster
{
    [JsonPropertyName("added")]
    public List<string> Added { get; set; } = [];

    [JsonPropertyName("conversations")]
    public Dictionary<string, string> Conversations { get; set; } = new(StringComparer.Ordinal);
}
