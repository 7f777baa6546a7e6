using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>One title and value pair of a <see cref="FactSet"/>.</summary>
public sealed class Fact(string title, string value)
{
    [JsonPropertyName("title")]
    public string Title { get; set; } = title;

    [JsonPropertyName("value")]
    public string Value { get; set; } = value;
}
