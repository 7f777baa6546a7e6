using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Action.ShowCard: expands a nested card below the actions, with no round trip.</summary>
public sealed class ShowCardAction(string title, AdaptiveCard card) : CardAction(title)
{
    /// <summary>The nested card; it carries no <c>version</c> of its own.</summary>
    [JsonPropertyName("card")]
    public AdaptiveCard Card { get; set; } = card;
}
