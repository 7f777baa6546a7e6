using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// An element of a card body or container. The <c>type</c> property names the concrete
/// element, as the Adaptive Cards schema requires.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), ElementTypes.TextBlock)]
[JsonDerivedType(typeof(RichTextBlock), ElementTypes.RichTextBlock)]
[JsonDerivedType(typeof(Container), ElementTypes.Container)]
[JsonDerivedType(typeof(ColumnSet), ElementTypes.ColumnSet)]
[JsonDerivedType(typeof(FactSet), ElementTypes.FactSet)]
[JsonDerivedType(typeof(Image), ElementTypes.Image)]
[JsonDerivedType(typeof(ActionSet), ElementTypes.ActionSet)]
[JsonDerivedType(typeof(TextInput), ElementTypes.TextInput)]
[JsonDerivedType(typeof(ChoiceSetInput), ElementTypes.ChoiceSetInput)]
[JsonDerivedType(typeof(ToggleInput), ElementTypes.ToggleInput)]
[JsonDerivedType(typeof(DateInput), ElementTypes.DateInput)]
[JsonDerivedType(typeof(TimeInput), ElementTypes.TimeInput)]
public abstract class CardElement
{
    /// <summary>Identifier, unique within the card; for inputs it is the key of the submitted value.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Space above the element: one of <see cref="Spacings"/>.</summary>
    [JsonPropertyName("spacing")]
    public string? Spacing { get; set; }

    /// <summary>Whether a line is drawn above the element.</summary>
    [JsonPropertyName("separator")]
    public bool? Separator { get; set; }

    [JsonPropertyName("isVisible")]
    public bool? IsVisible { get; set; }
}
