using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>A button on a card. The <c>type</c> property names the concrete action.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), ElementTypes.SubmitAction)]
[JsonDerivedType(typeof(OpenUrlAction), ElementTypes.OpenUrlAction)]
[JsonDerivedType(typeof(ShowCardAction), ElementTypes.ShowCardAction)]
[JsonDerivedType(typeof(ExecuteAction), ElementTypes.ExecuteAction)]
public abstract class CardAction
{
    protected CardAction(string title)
    {
        Title = title;
    }

    /// <summary>Button text, shown as is (no markdown).</summary>
    [JsonPropertyName("title")]
    public string Title { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>
    /// One of <see cref="ActionStyles"/>. Teams may draw positive and destructive styles as
    /// the default style, so the title alone must say what the button does.
    /// </summary>
    [JsonPropertyName("style")]
    public string? Style { get; set; }

    /// <summary>Text shown on hover and read by screen readers in addition to the title.</summary>
    [JsonPropertyName("tooltip")]
    public string? Tooltip { get; set; }
}
