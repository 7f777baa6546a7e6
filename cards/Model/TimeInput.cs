using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Input.Time: a time picker. Values are HH:mm on a 24-hour clock, with no time zone.</summary>
public sealed class TimeInput(string id, string label) : CardInput(id, label)
{
    /// <summary>Prefilled time as HH:mm.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("min")]
    public string? Min { get; set; }

    [JsonPropertyName("max")]
    public string? Max { get; set; }

    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; set; }
}
