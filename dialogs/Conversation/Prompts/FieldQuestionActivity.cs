using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Builds the activity that asks one report field, marked with the field's id.</summary>
public static class FieldQuestionActivity
{
    /// <summary>Sentence under a question that the PII review repeats, saying that the text shown has placeholders.</summary>
    public const string PlaceholderNote = "The personal information is shown as placeholders, so please type the new text.";

    /// <summary>
    /// Creates the question for <paramref name="field"/>. With <paramref name="placeholderText"/> (the
    /// field's text with its PII findings replaced by placeholders) the question shows and prefills that
    /// text with <see cref="PlaceholderNote"/>. Otherwise it shows and prefills what the report has.
    /// </summary>
    public static Activity Create(ITurnContext turn, string field, ConversationServices services, string promptId, string? placeholderText = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(services);
        var question = FieldQuestions.For(field, services.Content);
        var activity = placeholderText is null
            ? Ask(question, ReportFieldValues.Prefill(field, turn.GetReport().Report, turn.GetProfile(), services.Content, services.GetTimeZone(turn)), promptId)
            : FieldCards.Create(
                question,
                placeholderText,
                promptId,
                $"{question.Question}\n\nI have: {placeholderText}\n\n{PlaceholderNote} Type 'keep' to use the text as shown.",
                PlaceholderNote);
        return activity.WithMarker(Reply.Marker(turn, prompt: ConversationPrompts.Field, field: field));
    }

    private static Activity Ask(FieldQuestion question, string? prefill, string promptId)
    {
        var text = prefill is null
            ? $"{question.Question}\n\n{question.TypedHint}"
            : $"{question.Question}\n\nI have: {prefill}\n\nType 'keep' to use it, or type a new answer.";
        return FieldCards.Create(question, prefill, promptId, text);
    }
}
