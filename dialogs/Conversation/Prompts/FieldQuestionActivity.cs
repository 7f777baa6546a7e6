using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
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
        var report = turn.GetReport().Report;
        var question = FieldQuestions.For(field, services.Content, report.System);
        var prefill = ReportFieldValues.Prefill(field, report, turn.GetProfile(), services.Content, services.GetTimeZone(turn));
        var prefillCheck = prefill is null ? null : FieldRules.Validate(field, prefill, services.CreateExtractionContext(turn), report.System);
        var activity = placeholderText is null
            ? Ask(question, prefill, prefillCheck, promptId, LaterThanNowNote(field, report, services.GetTimeZone(turn)))
            : FieldCards.Create(
                question,
                placeholderText,
                promptId,
                $"{question.Question}\n\nI have: {placeholderText}\n\n{PlaceholderNote} Type 'keep' to use the text as shown.",
                PlaceholderNote);
        return activity.WithMarker(Reply.Marker(turn, prompt: ConversationPrompts.Field, field: field));
    }

    /// <summary>Creates the message that rejects "keep" at a question with nothing prefilled.</summary>
    public static string NothingToKeep(string field, DeskAidContent content, string? system) =>
        $"There is nothing to keep yet for {FieldQuestions.For(field, content, system).Label}. Please type your answer.";

    /// <summary>Creates the message that rejects "keep" of a prefilled value that does not pass the field's check.</summary>
    public static string CannotKeep(string checkMessage) =>
        $"The text I have is not enough yet, so it can't be kept as it is. {checkMessage} Please type the whole answer.";

    /// <summary>
    /// Creates the sentence before the question about the time when the first message gave a date and
    /// time later than the moment it was sent, which the report left out; null otherwise.
    /// </summary>
    public static string? LaterThanNowNote(string field, IssueReport report, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(timeZone);
        return field == ReportFields.When && report.When is null && report.WhenLaterThanNow is { } later
            ? $"Your first message gives {ReportFieldValues.FormatWhen(TimeZoneInfo.ConvertTime(later, timeZone))}, which is later than when you sent it, so I left it out."
            : null;
    }

    // "keep" is offered only when the prefilled value passes the field's check; otherwise the question says
    // what the value lacks, and the card holds the value to edit. A note goes before a question with nothing prefilled.
    private static Activity Ask(FieldQuestion question, string? prefill, FieldValidation? prefillCheck, string promptId, string? note)
    {
        var text = (prefill, prefillCheck) switch
        {
            (null, _) when note is not null => $"{note} {question.Question}\n\n{question.TypedHint}",
            (null, _) => $"{question.Question}\n\n{question.TypedHint}",
            (_, { IsValid: false }) => $"{question.Question}\n\nI have: {prefill}\n\n{prefillCheck.Message} Please type the whole answer.",
            _ => $"{question.Question}\n\nI have: {prefill}\n\nType 'keep' to use it, or type a new answer.",
        };
        return FieldCards.Create(question, prefill, promptId, text, prefill is null ? note : null);
    }
}
