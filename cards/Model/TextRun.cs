using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>A run of text inside a <see cref="RichTextBlock"/>; its text is shown as is.</summary>
public sealed class TextRun
{
    public TextRun(string text)
    {
        Text = text;
    }

    [JsonPropertyName("type")]
    public string Type => ElementTypes.TextRun;

    [JsonPropertyName("text")]
    public string Text { get; set; }

    /// <summary>One of <see cref="TextWeights"/>.</summary>
    [JsonPropertyName("weight")]
    public string? Weight { get; set; }

    [JsonPropertyName("italic")]
    public bool? Italic { get; set; }

    [JsonPropertyName("isSubtle")]
    public bool? IsSubtle { get; set; }

    /// <summary>One of <see cref="TextColors"/>.</summary>
    [JsonPropertyName("color")]
    public string? Color { get; set; }
}
