using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// Title and value pairs shown as a two-column list. Renderers may apply markdown to both,
/// so user text must pass through <c>CardText.Escape</c> first.
/// </summary>
public sealed class FactSet : CardElement
{
    [JsonPropertyName("facts")]
    public List<Fact> Facts { get; set; } = [];

    public FactSet WithFact(string title, string value)
    {
        Facts.Add(new Fact(title, value));
        return this;
    }
}
