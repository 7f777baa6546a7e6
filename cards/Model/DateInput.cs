using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Input.Date: a date picker. Values are yyyy-MM-dd.</summary>
public sealed class DateInput(string id, string label) : CardInput(id, label)
{
    /// <summary>Prefilled date as yyyy-MM-dd.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Earliest date as yyyy-MM-dd.</summary>
    [JsonPropertyName("min")]
    public string? Min { get; set; }

    /// <summary>Latest date as yyyy-MM-dd.</summary>
    [JsonPropertyName("max")]
    public string? Max { get; set; }

    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; set; }
}
