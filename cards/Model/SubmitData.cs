using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// The fixed part of a submit's <c>value</c>. A step action carries <see cref="PromptId"/> and
/// <see cref="Action"/>; a navigation action carries <see cref="Command"/> (and the prompt id
/// of the card it came from).
/// </summary>
public sealed class SubmitData
{
    /// <summary>
    /// Identifier of the prompt that sent the card, chosen by the caller; the dialog engine
    /// rejects a submit whose prompt is no longer active or was already answered.
    /// </summary>
    [JsonPropertyName(SubmitKeys.PromptId)]
    public string? PromptId { get; set; }

    /// <summary>The step action the button stands for, one of <c>CardActions</c>.</summary>
    [JsonPropertyName(SubmitKeys.Action)]
    public string? Action { get; set; }

    /// <summary>A navigation command, one of <see cref="NavigationCommands"/>.</summary>
    [JsonPropertyName(SubmitKeys.Command)]
    public string? Command { get; set; }

    /// <summary>The option a button picks when one action has several buttons (a role, a topic).</summary>
    [JsonPropertyName(SubmitKeys.Choice)]
    public string? Choice { get; set; }

    /// <summary>
    /// HelpBot's id of the ticket a follow-up action acts on (<c>ticketId</c>). Follow-up cards carry
    /// no <see cref="PromptId"/>, because their submits are handled whatever dialog is active.
    /// </summary>
    [JsonPropertyName(Builders.FollowUp.FollowUpKeys.TicketId)]
    public string? TicketId { get; set; }
}
