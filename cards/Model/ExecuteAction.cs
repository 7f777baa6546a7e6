using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and <see cref="Data"/> merged with the inputs. Web Chat does not support it.
/// </summary>
public sealed class ExecuteAction(string title, string verb) : CardAction(title)
{
    [JsonPropertyName("verb")]
    public string Verb { get; set; } = verb;

    [JsonPropertyName("data")]
    public SubmitData? Data { get; set; }

    /// <summary>One of <see cref="AssociatedInputs"/>.</summary>
    [JsonPropertyName("associatedInputs")]
    public string? AssociatedInputs { get; set; }
}
