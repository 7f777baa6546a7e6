using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine;

/// <summary>One dialog on the stack: which dialog it is and the state it persists between turns.</summary>
public sealed class DialogInstance
{
    /// <summary>The <see cref="Dialog.Id"/> of the dialog this instance runs.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The dialog's own persisted state; each dialog type decides its keys.</summary>
    [JsonPropertyName("state")]
    public JsonObject State { get; set; } = [];
}
