using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// An input whose value is sent with a submit action under its <see cref="CardElement.Id"/>.
/// Every HelpBot input has a <see cref="Label"/>, which screen readers announce.
/// </summary>
public abstract class CardInput : CardElement
{
    protected CardInput(string id, string label)
    {
        Id = id;
        Label = label;
    }

    [JsonPropertyName("label")]
    public string Label { get; set; }

    /// <summary>Whether a submit that validates inputs is blocked while this input is empty.</summary>
    [JsonPropertyName("isRequired")]
    public bool? IsRequired { get; set; }

    /// <summary>Text shown when the value is missing or invalid.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; set; }
}
