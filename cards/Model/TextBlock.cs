using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// A block of text. Renderers apply a markdown subset to <see cref="Text"/>, so text typed by
/// a user must pass through <c>CardText.Escape</c> first.
/// </summary>
public sealed class TextBlock : CardElement
{
    public TextBlock(string text)
    {
        Text = text;
    }

    [JsonPropertyName("text")]
    public string Text { get; set; }

    /// <summary>Whether long text wraps; false cuts it at one line.</summary>
    [JsonPropertyName("wrap")]
    public bool? Wrap { get; set; } = true;

    /// <summary>One of <see cref="TextWeights"/>.</summary>
    [JsonPropertyName("weight")]
    public string? Weight { get; set; }

    /// <summary>One of <see cref="TextSizes"/>.</summary>
    [JsonPropertyName("size")]
    public string? Size { get; set; }

    [JsonPropertyName("isSubtle")]
    public bool? IsSubtle { get; set; }

    /// <summary>One of <see cref="TextColors"/>.</summary>
    [JsonPropertyName("color")]
    public string? Color { get; set; }

    /// <summary>One of <see cref="TextBlockStyles"/>.</summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }

    [JsonPropertyName("maxLines")]
    public int? MaxLines { get; set; }

    /// <summary>Creates a heading that screen readers announce as a heading.</summary>
    public static TextBlock Heading(string text) => new(text)
    {
        Style = TextBlockStyles.Heading,
        Size = TextSizes.Medium,
        Weight = TextWeights.Bolder,
    };

    /// <summary>Creates a bold sub-heading for a section of a card.</summary>
    public static TextBlock SectionTitle(string text) => new(text)
    {
        Weight = TextWeights.Bolder,
        Spacing = Spacings.Medium,
    };

    /// <summary>Creates a smaller, toned-down note.</summary>
    public static TextBlock Note(string text) => new(text)
    {
        IsSubtle = true,
        Size = TextSizes.Small,
    };

    public TextBlock WithColor(string color)
    {
        Color = color;
        return this;
    }

    public TextBlock WithSpacing(string spacing)
    {
        Spacing = spacing;
        return this;
    }

    public TextBlock WithId(string id)
    {
        Id = id;
        return this;
    }
}
