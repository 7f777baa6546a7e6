using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Text;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.Reports;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The card of one field question: the question, an optional note under it, how to answer by
/// typing, one text input whose id is the field id (prefilled when something is known), and
/// Submit, Back and Help buttons.
/// </summary>
public static class FieldCards
{
    /// <summary>Action of the card's submit button.</summary>
    public const string SubmitAction = "submit";

    private const int MaxInputLength = FieldRules.MaxAnswerLength;

    public static Activity Create(FieldQuestion question, string? prefill, string promptId, string fallbackText, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        // The typed hint is a sentence or two, so it goes in a wrapping note, because a placeholder
        // shows one line and cuts off the rest.
        // A value longer than the limit (a pasted page, a rejected answer shown for shortening) gets a box
        // without maxLength, because a client may cut the value to it. The answer check still enforces
        // FieldRules.MaxAnswerLength.
        var value = prefill is null ? null : CardText.Clean(prefill);
        var input = new TextInput(question.Field, question.Label)
        {
            IsMultiline = question.IsMultiline ? true : null,
            MaxLength = value?.Length > MaxInputLength ? null : MaxInputLength,
            Value = value,
        };
        List<CardElement> body = [new TextBlock(question.Question)];
        if (note is not null)
        {
            body.Add(new TextBlock(note));
        }

        body.Add(TextBlock.Note(question.TypedHint));
        body.Add(input);
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
