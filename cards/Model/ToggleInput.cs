using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Input.Toggle: a check box that submits <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class ToggleInput : CardInput
{
    public ToggleInput(string id, string label, string title)
        : base(id, label)
    {
        Title = title;
    }

    /// <summary>Text beside the check box.</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; }

    /// <summary>Initial value: <see cref="ValueOn"/> to start checked.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("valueOn")]
    public string? ValueOn { get; set; }

    [JsonPropertyName("valueOff")]
    public string? ValueOff { get; set; }

    [JsonPropertyName("wrap")]
    public bool? Wrap { get; set; } = true;
}
