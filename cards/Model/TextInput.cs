using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Input.Text: a single-line or multi-line text box.</summary>
public sealed class TextInput(string id, string label) : CardInput(id, label)
{
    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; set; }

    [JsonPropertyName("isMultiline")]
    public bool? IsMultiline { get; set; }

    /// <summary>Maximum number of characters the box accepts.</summary>
    [JsonPropertyName("maxLength")]
    public int? MaxLength { get; set; }

    /// <summary>Prefilled value; shown as typed, never as markdown.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>A regular expression the whole value must match (client-side check only).</summary>
    [JsonPropertyName("regex")]
    public string? Regex { get; set; }

    /// <summary>One of <see cref="TextInputStyles"/>.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }

    /// <summary>Marks the input required, with the message shown when it is left empty.</summary>
    public TextInput Required(string errorMessage)
    {
        IsRequired = true;
        ErrorMessage = errorMessage;
        return this;
    }
}
