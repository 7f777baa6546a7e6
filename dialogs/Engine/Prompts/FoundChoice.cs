using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>The result of a <see cref="ChoicePrompt"/>: the picked option's value and zero-based index.</summary>
public sealed class FoundChoice
{
    [JsonPropertyName("value")]
    public string Value { get; set; } = "";

    [JsonPropertyName("index")]
    public int Index { get; set; }
}
