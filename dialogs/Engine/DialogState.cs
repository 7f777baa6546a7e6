using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine;

/// <summary>The persisted dialog stack of one conversation.</summary>
public sealed class DialogState
{
    /// <summary>The running dialogs; index 0 is the active (innermost) dialog, the last item is the root.</summary>
    [JsonPropertyName("stack")]
    public List<DialogInstance> Stack { get; set; } = [];
}
