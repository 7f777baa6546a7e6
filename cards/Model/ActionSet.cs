using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Buttons placed inside the card body, next to the elements they act on.</summary>
public sealed class ActionSet : CardElement
{
    [JsonPropertyName("actions")]
    public List<CardAction> Actions { get; set; } = [];

    public ActionSet WithActions(params IEnumerable<CardAction> actions)
    {
        Actions.AddRange(actions);
        return this;
    }
}
