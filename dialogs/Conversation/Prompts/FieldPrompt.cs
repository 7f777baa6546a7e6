using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Domain.Reports;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Asks for one report field: a card with that one input (prefilled when something is known) and
/// Back/Help buttons, answerable by typing too. The answer is checked with <see cref="FieldRules"/>;
/// a user name that looks like a password is discarded with a warning and recorded with
/// <see cref="Runtime.Turns.TranscriptPasswords"/>, so the channel's stored copy of the activity does not keep it. Asked again from the PII review
/// (<see cref="FieldPromptOptions.FromReview"/>), it shows and prefills the placeholder text instead of
/// the field's text, so the flagged values are never sent back, and "keep" takes the placeholder text. It
/// does the same whenever the report state has placeholder text for the field.
/// </summary>
public sealed class FieldPrompt : Prompt<string, PromptOptions>
{
    private static readonly string[] KeepWords = ["keep", "keep it", "same", "ok", "okay", "yes", "correct", "thats right", "that is right"];

    // The keep words that can only mean "keep", so they are rejected at a question with nothing prefilled.
    // There, "yes" or "ok" can be an answer.
    private static readonly string[] ExplicitKeepWords = ["keep", "keep it", "same"];

    // State key of the placeholder text, set only when the field is asked again from the PII review.
    private const string PlaceholderTextKey = "placeholderText";

    private readonly ConversationServices _services;

    public FieldPrompt(string field, ConversationServices services)
        : base(DialogIds.Field(field))
    {
        ArgumentNullException.ThrowIfNull(services);
        Field = field;
        _services = services;
    }

    /// <summary>The report field this prompt asks for.</summary>
    public string Field { get; }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (FieldPromptOptions.ReadPlaceholderText(options) is { } placeholderText)
        {
            dc.ActiveDialog!.State[PlaceholderTextKey] = placeholderText;
        }

        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var activity = FieldQuestionActivity.Create(dc.Turn, Field, _services, instance.GetPromptId() ?? "", ReadPlaceholderText(dc.Turn, instance), isRetry);
        return dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    // The help names the contact of the report's system, so it is chosen when the question is asked.
    protected override void PrepareOptions(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        options.HelpText ??= FieldQuestions.For(Field, _services.Content, dc.Turn.GetReport().Report.System).HelpText;
    }

    protected override async Task<PromptRecognizerResult<string>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var turn = dc.Turn;
        if (Field == ReportFields.Screenshot && ReportUploads.Read(turn.Activity) is { Count: > 0 } files)
        {
            turn.UpdateReport(state => ReportUploads.Record(state, files));
            return PromptRecognition.Success(string.Join("\n", files.Select(file => file.Name)));
        }

        var answer = ReadAnswer(turn.Activity, out var fromCard);
        if (string.IsNullOrWhiteSpace(answer))
        {
            return PromptRecognition.Failure<string>($"I didn't get an answer for {FieldQuestions.For(Field, _services.Content, dc.Turn.GetReport().Report.System).Label}. Please type it, or fill in the form.");
        }

        var resolved = ResolveTypedAnswer(turn, answer, fromCard, ReadPlaceholderText(turn, instance));
        if (resolved.Error is not null)
        {
            return PromptRecognition.Failure<string>(resolved.Error);
        }

        answer = resolved.Answer!;
        if (answer.Contains(TypedPasswords.Placeholder, StringComparison.Ordinal) && !IsFreeText(Field))
        {
            // The password was taken out of the message before this prompt, with a warning. Free text keeps
            // the placeholder in its sentence, but a short value such as a page is then missing.
            return PromptRecognition.Failure<string>(Field == ReportFields.Username
                ? "Please type only the user name of the account."
                : "Please type your answer again, without the password.");
        }

        if (Field == ReportFields.Username && PasswordHeuristics.LooksLikePassword(answer, _services.PiiAnalyzer))
        {
            // The channel's stored copy of the activity gets [PASSWORD] in place of the answer, so the
            // promise below holds for the transcript too.
            turn.AddTranscriptPassword(answer);
            Log.PasswordAnswerDiscarded(_services.Logger, Field);
            return PromptRecognition.Failure<string>(
                "That looks like a password, so I discarded it and did not keep it anywhere. Never share a password: " +
                "please type only the user name of the account.");
        }

        // The system's rules apply: a Connect for Health Colorado report needs a clock time in "when".
        var validation = FieldRules.Validate(Field, answer, _services.CreateExtractionContext(turn), turn.GetReport().Report.System);
        if (!validation.IsValid)
        {
            if (Field == ReportFields.Username && FieldRules.LooksLikePasswordAnswer(answer))
            {
                turn.AddTranscriptPassword(answer);
            }

            return PromptRecognition.Failure<string>(validation.Message);
        }

        if (validation.Message is not null)
        {
            await turn.SendActivityAsync(Reply.Text(validation.Message), cancellationToken);
        }

        return PromptRecognition.Success(validation.NormalizedValue ?? answer);
    }

    protected override JsonNode? ToResult(string value) => JsonValue.Create(value);

    // A typed "keep" takes the prefilled value when there is one that passes the field's check, and any
    // other answer replaces the prefilled value. Asked from the PII review, "keep" takes the placeholder
    // text. "keep" with nothing to keep is rejected, so it is never stored as the answer.
    private (string? Answer, string? Error) ResolveTypedAnswer(Runtime.Turns.ITurnContext turn, string answer, bool fromCard, string? placeholderText)
    {
        if (fromCard)
        {
            return (answer, null);
        }

        var normalized = Engine.Commands.TextNormalizer.Normalize(answer);
        var isKeep = KeepWords.Contains(normalized);
        if (placeholderText is not null)
        {
            return (isKeep ? placeholderText : answer, null);
        }

        var report = turn.GetReport().Report;
        var prefill = ReportFieldValues.Prefill(Field, report, turn.GetProfile(), _services.Content, _services.GetTimeZone(turn));
        if (prefill is null)
        {
            return ExplicitKeepWords.Contains(normalized) ? (null, FieldQuestionActivity.NothingToKeep(Field, _services.Content, report.System)) : (answer, null);
        }

        if (!isKeep)
        {
            return (answer, null);
        }

        var check = FieldRules.Validate(Field, prefill, _services.CreateExtractionContext(turn), report.System);
        return check.IsValid ? (prefill, null) : (null, FieldQuestionActivity.CannotKeep(check.Message!));
    }

    // The placeholder text from the review's options, else the one the report state has for the field
    // while it contains a flagged value.
    private string? ReadPlaceholderText(Runtime.Turns.ITurnContext turn, DialogInstance instance) =>
        instance.State[PlaceholderTextKey] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : turn.GetReport().PlaceholderTexts.GetValueOrDefault(Field);

    private string? ReadAnswer(Activity activity, out bool fromCard)
    {
        fromCard = false;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(Field, out var input)
            && input.ValueKind == JsonValueKind.String)
        {
            fromCard = true;
            return input.GetString()?.Trim();
        }

        return activity.Text?.Trim();
    }

    private static bool IsFreeText(string field) =>
        field is ReportFields.Description or ReportFields.StepsTried or ReportFields.Impact or ReportFields.ErrorMessage;
}
