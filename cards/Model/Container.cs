using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>A group of elements, optionally drawn with a background style.</summary>
public sealed class Container : CardElement
{
    [JsonPropertyName("items")]
    public List<CardElement> Items { get; set; } = [];

    /// <summary>One of <see cref="ContainerStyles"/>.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }

    public Container WithItems(params IEnumerable<CardElement> items)
    {
        Items.AddRange(items);
        return this;
    }

    public Container WithStyle(string style)
    {
        Style = style;
        return this;
    }
}
