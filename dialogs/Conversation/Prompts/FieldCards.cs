using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Text;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The card of one field question: the question, one text input whose id is the field id
/// (prefilled when something is known), an optional note under the question, and Submit, Back and
/// Help buttons.
/// </summary>
public static class FieldCards
{
    /// <summary>Action of the card's submit button.</summary>
    public const string SubmitAction = "submit";

    private const int MaxInputLength = 4000;

    public static Activity Create(FieldQuestion question, string? prefill, string promptId, string fallbackText, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var input = new TextInput(question.Field, question.Label)
        {
            IsMultiline = question.IsMultiline ? true : null,
            MaxLength = MaxInputLength,
            Value = prefill is null ? null : CardText.Clean(prefill),
            Placeholder = question.TypedHint,
        };
        CardElement[] body = note is null
            ? [new TextBlock(question.Question), input]
            : [new TextBlock(question.Question), new TextBlock(note), input];
        var card = new AdaptiveCard()
            .WithBody(body)
            .WithActions(
                new SubmitAction("Submit", new SubmitData { PromptId = promptId, Action = SubmitAction }),
                new SubmitAction("Back", new SubmitData { PromptId = promptId, Command = NavigationCommands.Back }) { AssociatedInputs = AssociatedInputs.None },
                new SubmitAction("Help", new SubmitData { PromptId = promptId, Command = NavigationCommands.Help }) { AssociatedInputs = AssociatedInputs.None })
            .WithFallbackText(fallbackText);
        return Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), fallbackText);
    }
}
