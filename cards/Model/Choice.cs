using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Input.Choice: one option of a <see cref="ChoiceSetInput"/>.</summary>
public sealed class Choice(string title, string value)
{
    /// <summary>Text shown to the user, as is (no markdown).</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; } = title;

    /// <summary>Value submitted when this option is chosen.</summary>
    [JsonPropertyName("value")]
    public string Value { get; set; } = value;
}
