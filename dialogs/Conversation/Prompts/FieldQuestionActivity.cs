using System.Globalization;
using HelpBot.Cards.Text;
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
    /// Creates the question for <paramref name="field"/>. With <paramref name="rejectedAnswer"/> (the answer
    /// the retry follows) the question shows that answer, cut to <see cref="RejectedAnswers.MaxShownLength"/>
    /// characters, and puts it in its box for correction unless it contained personal data. With
    /// <paramref name="placeholderText"/> (the field's text with its PII findings replaced by placeholders)
    /// it shows and prefills that text with <see cref="PlaceholderNote"/>. Otherwise it shows and prefills
    /// what the report has. A <paramref name="retry"/> follows the error message about the rejected value,
    /// so it leaves out the <see cref="LeadNote"/>, which the first asking already showed.
    /// </summary>
    public static Activity Create(
        ITurnContext turn, string field, ConversationServices services, string promptId, string? placeholderText = null, bool retry = false, RejectedFieldAnswer? rejectedAnswer = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(services);
        var report = turn.GetReport().Report;
        var question = FieldQuestions.For(field, services.Content, report, turn.GetProfile());
        var prefill = ReportFieldValues.Prefill(field, report, turn.GetProfile(), services.Content, services.GetTimeZone(turn));
        var prefillCheck = prefill is null ? null : ReportFieldValues.CheckPrefill(field, prefill, report, services.CreateExtractionContext(turn));
        var activity = (rejectedAnswer, placeholderText) switch
        {
            ({ } rejected, _) => AskToCorrect(question, rejected, placeholderText ?? (prefillCheck is { IsValid: true } ? prefill : null), promptId),
            (null, null) => Ask(question, prefill, ReportFieldValues.EditablePrefill(field, report, prefill, services.GetTimeZone(turn)), prefillCheck, promptId,
                retry ? null : LeadNote(field, report, services.Content, services.GetTimeZone(turn))),
            (null, { } placeholder) => FieldCards.Create(
                question,
                placeholder,
                promptId,
                $"{question.Question}\n\nI have: {placeholder}\n\n{PlaceholderNote} Type 'keep' to use the text as shown.",
                PlaceholderNote),
        };
        return activity.WithMarker(Reply.Marker(turn, prompt: ConversationPrompts.Field, field: field));
    }

    /// <summary>Creates the message that rejects "keep" at a question with nothing prefilled.</summary>
    public static string NothingToKeep(string field, DeskAidContent content, string? system) =>
        $"There is nothing to keep yet for {FieldQuestions.For(field, content, system).Label}. Please type your answer.";

    /// <summary>
    /// Creates the message that rejects "keep" of a prefilled value that does not pass the field's check, worded
    /// for the fault: too long, missing a part, or not a value of the field.
    /// </summary>
    public static string CannotKeep(FieldValidation check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var reason = check.Fault switch
        {
            FieldFault.TooLong => "The text I have is too long, so it can't be kept as it is.",
            FieldFault.Incomplete => "The text I have is not enough yet, so it can't be kept as it is.",
            _ => "The answer I have can't be kept as it is.",
        };
        return $"{reason} {check.Message} {NextStep(check.Fault)}";
    }

    // Returns the next step for a prefilled value that fails the field's check. The question's box contains
    // the value, so an over-long one can be shortened there.
    private static string NextStep(FieldFault fault) => fault switch
    {
        FieldFault.TooLong => "The box in the question contains the whole text, so you can shorten it there, or type a shorter answer.",
        FieldFault.Incomplete => "Please type the whole answer.",
        _ => "Please type a new answer.",
    };

    /// <summary>
    /// Creates the sentence that explains why a question is shown although the first message touched on it, or
    /// null. The time: the message gave a date and time later than the moment it was sent, which the report
    /// left out. The description: the message kept no error text, or names another system than the report's,
    /// or is unsure which.
    /// </summary>
    public static string? LeadNote(string field, IssueReport report, DeskAidContent content, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(timeZone);
        return field switch
        {
            ReportFields.When when report.When is null && report.WhenLaterThanNow is { } later =>
                $"Your first message gives {ReportFieldValues.FormatWhen(TimeZoneInfo.ConvertTime(later, timeZone))}, which is later than when you sent it, so I left it out.",
            ReportFields.Description when report.DescriptionGap == DescriptionGaps.NoErrorDetail =>
                "Your message says the error text was not kept. If you can, add what the screen showed, even roughly.",
            ReportFields.Description when report.DescriptionGap == DescriptionGaps.OtherSystem =>
                $"Your message also names another system, or says you are not sure which one. Please check that it describes the problem in {content.System(report.System)?.Name ?? "this system"}.",
            _ => null,
        };
    }

    // "keep" is offered only when the prefilled value passes the field's check; otherwise the question says
    // what the value lacks, and the card contains the value to edit. The note goes before a question whose
    // value passes the check or is empty, where nothing else explains why it is shown.
    // The card states why a prefilled value cannot be kept, because Web Chat shows a card without its text.
    // The message can quote the user's value, so it is escaped for the card.
    private static Activity Ask(FieldQuestion question, string? prefill, string? inputValue, FieldValidation? prefillCheck, string promptId, string? note)
    {
        var cardNote = note;
        if (prefillCheck is { IsValid: false })
        {
            note = null;
            cardNote = CardText.Escape($"{prefillCheck.Message} {NextStep(prefillCheck.Fault)}");
        }

        var lead = note is null ? "" : note + " ";
        var text = (prefill, prefillCheck) switch
        {
            (null, _) => $"{lead}{question.Question}\n\n{question.TypedHint}",
            (_, { IsValid: false }) => $"{question.Question}\n\nI have: {prefill}\n\n{prefillCheck.Message} {NextStep(prefillCheck.Fault)}",
            _ => $"{lead}{question.Question}\n\nI have: {prefill}\n\nType 'keep' to use {(prefill.Contains('\n') ? "them" : "it")}, or type a new answer.",
        };
        return FieldCards.Create(question, inputValue, promptId, text, cardNote);
    }

    // The retry after a rejected answer: the box contains that answer, so text edited in the card is not lost.
    // An answer over the length limit is in the box whole, for the user to shorten, and the text repeats only
    // its start. An answer with personal data is shown with placeholders and the box stays empty. The text
    // still names the value that "keep" takes (the placeholder text, or a prefill that passes the field's check).
    private static Activity AskToCorrect(FieldQuestion question, RejectedFieldAnswer rejected, string? valueToKeep, string promptId)
    {
        var tooLong = rejected.Text.Length > FieldRules.MaxAnswerLength;
        var limit = FieldRules.MaxAnswerLength.ToString("N0", CultureInfo.InvariantCulture);
        var note = (rejected.InBox, tooLong) switch
        {
            (false, _) => "Your answer contained personal data, so it is shown with placeholders and the box is empty.",
            (true, true) => $"The box contains your whole answer, so you can shorten it there to {limit} characters or fewer.",
            (true, false) => "The box contains your answer, so you can correct it there.",
        };
        var shown = RejectedAnswers.Shorten(rejected.Text);
        var text = valueToKeep is null
            ? $"{question.Question}\n\nYour answer: {shown}\n\n{note} You can also type a new answer."
            : $"{question.Question}\n\nI have: {valueToKeep}\n\nYour answer: {shown}\n\n{note} Type 'keep' to use what I have, or type a new answer.";
        return FieldCards.Create(question, rejected.InBox ? rejected.Text : null, promptId, text, note);
    }
}
