using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    [JsonPropertyName("type")]
    public string Type => ElementTypes.Column;

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("items")]
    public List<CardElement> Items { get; set; } = [];

    /// <summary>"auto", "stretch", a weight such as "2", or pixels such as "50px".</summary>
    [JsonPropertyName("width")]
    public string? Width { get; set; }

    /// <summary>One of <see cref="ContainerStyles"/>.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }

    public Column WithItems(params IEnumerable<CardElement> items)
    {
        Items.AddRange(items);
        return this;
    }
}
