using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// Input.ChoiceSet: a drop-down list or a group of radio buttons or check boxes. A multi-select
/// value is the chosen values joined by commas.
/// </summary>
public sealed class ChoiceSetInput(string id, string label) : CardInput(id, label)
{
    [JsonPropertyName("choices")]
    public List<Choice> Choices { get; set; } = [];

    /// <summary>One of <see cref="ChoiceInputStyles"/>.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }

    [JsonPropertyName("isMultiSelect")]
    public bool? IsMultiSelect { get; set; }

    /// <summary>Preselected value; comma-separated values when <see cref="IsMultiSelect"/> is set.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("wrap")]
    public bool? Wrap { get; set; } = true;

    public ChoiceSetInput WithChoice(string title, string value)
    {
        Choices.Add(new Choice(title, value));
        return this;
    }

    /// <summary>Marks the input required, with the message shown when nothing is chosen.</summary>
    public ChoiceSetInput Required(string errorMessage)
    {
        IsRequired = true;
        ErrorMessage = errorMessage;
        return this;
    }
}
