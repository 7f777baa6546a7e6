using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// Action.Submit: sends a message activity whose <c>value</c> is <see cref="Data"/> merged with
/// the card's input values (keyed by input id).
/// </summary>
public sealed class SubmitAction(string title, SubmitData data) : CardAction(title)
{
    [JsonPropertyName("data")]
    public SubmitData Data { get; set; } = data;

    /// <summary>
    /// One of <see cref="AssociatedInputs"/>. <see cref="AssociatedInputs.None"/> skips input
    /// validation, so Back or Cancel works while a required input is empty.
    /// </summary>
    [JsonPropertyName("associatedInputs")]
    public string? AssociatedInputs { get; set; }

    public SubmitAction WithStyle(string style)
    {
        Style = style;
        return this;
    }
}
