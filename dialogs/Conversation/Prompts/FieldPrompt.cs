using System.Security.Cryptography;
using System.Text;
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
using PiiCategories = HelpBot.Privacy.PiiCategories;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Asks for one report field: a card with that one input (prefilled when something is known) and
/// Back/Help buttons, answerable by typing too. The answer is checked with <see cref="FieldRules"/>;
/// a user name that looks like a password is discarded with a warning and recorded with
/// <see cref="Runtime.Turns.TranscriptPasswords"/>, so the channel's stored copy of the activity does not keep it. Asked again from the PII review
/// (<see cref="FieldPromptOptions.FromReview"/>), it shows and prefills the placeholder text instead of
/// the field's text, so the flagged values are never sent back, and "keep" takes the placeholder text. It
/// does the same whenever the report state has placeholder text for the field. An answer that
/// <see cref="FieldRules"/> rejects only for naming no known operating system or browser is kept when it
/// is typed again. A user name with an identifier other than a name or an e-mail address, such as a Social
/// Security or phone number, is rejected, and the value is recorded like a password for the transcript. The
/// question sent again after a rejected answer has that answer in its box, unless it is a password, a keep
/// word or a command, or contains an identifier, which the text then shows as a placeholder.
/// </summary>
public sealed class FieldPrompt : Prompt<string, PromptOptions>
{
    private static readonly string[] KeepWords = ["keep", "keep it", "same", "ok", "okay", "yes", "correct", "thats right", "that is right"];

    // The keep words that can only mean "keep", so they are rejected at a question with nothing prefilled.
    // There, "yes" or "ok" can be an answer.
    private static readonly string[] ExplicitKeepWords = ["keep", "keep it", "same"];

    // State key of the placeholder text, set only when the field is asked again from the PII review.
    private const string PlaceholderTextKey = "placeholderText";

    // State key of the SHA-256 hash of the last answer rejected as naming nothing known, so the same answer
    // typed again is kept without storing the rejected text.
    private const string UnrecognizedAnswerKey = "unrecognizedAnswer";

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
        var rejected = isRetry ? GetRejectedAnswer<RejectedFieldAnswer>(dc, instance) : null;
        var activity = FieldQuestionActivity.Create(dc.Turn, Field, _services, instance.GetPromptId() ?? "", ReadPlaceholderText(dc.Turn, instance), isRetry, rejected);
        return dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    // The help names the contact of the report's system, so it is chosen when the question is asked.
    protected override void PrepareOptions(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        options.HelpText ??= FieldQuestions.For(Field, _services.Content, dc.Turn.GetReport().Report.System).HelpText;
    }

    // A rejected answer goes back into the retry's box, so text edited in the card is not lost, unless it is
    // a password, a keep word or a command, which the retry must not show again. An answer with identifiers is
    // shown with placeholders in the retry's text and is left out of its box, where a placeholder would stand
    // as if the user had typed it.
    protected override async Task<PromptRecognizerResult<string>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var result = await RecognizeAnswerAsync(dc, instance, cancellationToken);
        if (!result.Succeeded && ReadAnswer(dc.Turn.Activity, out _) is { Length: > 0 } answer && CanShowAgain(dc, answer))
        {
            var identifiers = RejectedAnswers.FindIdentifiers(answer, _services.PiiAnalyzer);
            SetRejectedAnswer(dc, instance, identifiers.Count == 0
                ? new RejectedFieldAnswer(answer, InBox: true)
                : new RejectedFieldAnswer(RejectedAnswers.Replace(answer, identifiers), InBox: false));
        }

        return result;
    }

    private async Task<PromptRecognizerResult<string>> RecognizeAnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        // Files sent at the screenshot question are added to the files kept before, and the answer lists them all.
        if (Field == ReportFields.Screenshot && ReportUploads.Read(turn.Activity, turn.GetReport().Report.Screenshots.Count + 1) is { Count: > 0 } files)
        {
            turn.UpdateReport(state => ReportUploads.Keep(state, files));
            return PromptRecognition.Success(string.Join("\n", turn.GetReport().Report.Screenshots));
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

        if (resolved.Kept)
        {
            // The prefilled time passed the field's check when it was kept, and is already in its stored form.
            return PromptRecognition.Success(resolved.Answer!);
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

        if (Field == ReportFields.Username && UsernameIdentifiers(answer) is { Count: > 0 } identifiers)
        {
            // The reply promises that the value is not kept, so the channel's stored copies get placeholders.
            RejectedAnswers.RecordForTranscript(turn, identifiers);
            Log.PersonalDataAnswerRejected(_services.Logger, Field, identifiers.Count);
            return PromptRecognition.Failure<string>(
                $"That contains personal data ({DescribeKinds(identifiers)}), not a user name, so I did not keep it. " +
                "Never share personal data here: please type only the single sign-on or PEAK user name of the account, or type \"don't know\" if you do not know it.");
        }

        if (Field == ReportFields.Screenshot
            && ScreenshotAnswers.CheckAgainstUploads(turn.GetReport(), answer, _services.CreateExtractionContext(turn)) is { } uploadCheck)
        {
            if (!uploadCheck.IsValid)
            {
                return PromptRecognition.Failure<string>(uploadCheck.Message);
            }

            await turn.SendActivityAsync(Reply.Text(uploadCheck.Message!), cancellationToken);
            return PromptRecognition.Success(uploadCheck.NormalizedValue!);
        }

        // The system's rules apply: a Connect for Health Colorado report needs a clock time in "when".
        var validation = FieldRules.Validate(Field, answer, _services.CreateExtractionContext(turn), turn.GetReport().Report.System);
        if (validation.AcceptedWhenRepeated && (IsRepeatedAnswer(instance, answer) || answer == Prefill(turn)))
        {
            return PromptRecognition.Success(answer);
        }

        if (!validation.IsValid)
        {
            if (Field == ReportFields.Username && FieldRules.LooksLikePasswordAnswer(answer))
            {
                turn.AddTranscriptPassword(answer);
            }

            if (validation.Fault == FieldFault.PersonalData)
            {
                var found = RejectedAnswers.FindIdentifiers(answer, _services.PiiAnalyzer);
                RejectedAnswers.RecordForTranscript(turn, found);
                Log.PersonalDataAnswerRejected(_services.Logger, Field, found.Count);
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

    // A typed "keep" takes the prefilled value, in the form the field's check stores, when there is one that
    // passes the check, and any other answer replaces the prefilled value. Asked from the PII review, "keep" takes the placeholder
    // text. "keep" with nothing to keep is rejected, so it is never stored as the answer.
    private (string? Answer, string? Error, bool Kept) ResolveTypedAnswer(Runtime.Turns.ITurnContext turn, string answer, bool fromCard, string? placeholderText)
    {
        if (fromCard)
        {
            return (answer, null, false);
        }

        var normalized = Engine.Commands.TextNormalizer.Normalize(answer);
        var isKeep = KeepWords.Contains(normalized);
        if (placeholderText is not null)
        {
            return (isKeep ? placeholderText : answer, null, false);
        }

        var report = turn.GetReport().Report;
        var prefill = ReportFieldValues.Prefill(Field, report, turn.GetProfile(), _services.Content, _services.GetTimeZone(turn));
        if (prefill is null)
        {
            return ExplicitKeepWords.Contains(normalized) ? (null, FieldQuestionActivity.NothingToKeep(Field, _services.Content, report.System), false) : (answer, null, false);
        }

        if (!isKeep)
        {
            return (answer, null, false);
        }

        var check = ReportFieldValues.CheckPrefill(Field, prefill, report, _services.CreateExtractionContext(turn));
        if (!check.IsValid)
        {
            return (null, FieldQuestionActivity.CannotKeep(check), false);
        }

        // A kept time is stored in the check's form, so an estimate ("this morning") is not read again as a clock
        // time. Other fields go through the answer checks below, as typed answers do.
        return Field == ReportFields.When ? (check.NormalizedValue, null, true) : (prefill, null, false);
    }

    // False for an answer that names or contains a password, in whatever way this turn found it, and for a keep
    // word or a command. The password checks are those that reject an answer above.
    private bool CanShowAgain(DialogContext dc, string answer)
    {
        var turn = dc.Turn;
        var password = answer.Contains(TypedPasswords.Placeholder, StringComparison.Ordinal)
            || turn.GetTranscriptPasswords().Count > 0
            || (Field == ReportFields.Username && (PasswordHeuristics.LooksLikePassword(answer, _services.PiiAnalyzer) || FieldRules.LooksLikePasswordAnswer(answer)));
        return !password
            && !KeepWords.Contains(Engine.Commands.TextNormalizer.Normalize(answer))
            && new Engine.Commands.CommandRecognizer(dc.Options.Commands).Recognize(new Activity { Type = ActivityTypes.Message, Text = answer }) is null;
    }

    // The identifiers that no user name contains. A name ("dana.testperson") and an e-mail address can be part
    // of a user name, and a password has its own warning above.
    private List<(string Value, string Placeholder, string Category)> UsernameIdentifiers(string answer) =>
        RejectedAnswers.FindIdentifiers(answer, _services.PiiAnalyzer)
            .Where(identifier => identifier.Category is not (PiiCategories.Person or PiiCategories.Email))
            .ToList();

    // "a Social Security number and a phone number".
    private static string DescribeKinds(IEnumerable<(string Value, string Placeholder, string Category)> identifiers)
    {
        var kinds = identifiers.Select(identifier => identifier.Category switch
        {
            PiiCategories.USSocialSecurityNumber => "a Social Security number",
            PiiCategories.PhoneNumber => "a phone number",
            _ => "an identifier shown as " + identifier.Placeholder,
        }).Distinct(StringComparer.Ordinal).ToList();
        return kinds.Count == 1 ? kinds[0] : $"{string.Join(", ", kinds[..^1])} and {kinds[^1]}";
    }

    // A prefilled name that is not in the list was kept by the user before, so "keep" takes it again.
    private string? Prefill(Runtime.Turns.ITurnContext turn) =>
        ReportFieldValues.Prefill(Field, turn.GetReport().Report, turn.GetProfile(), _services.Content, _services.GetTimeZone(turn));

    // True when the answer, normalized, is the one rejected last time as naming nothing known. Otherwise
    // the answer's hash is kept for the next attempt.
    private static bool IsRepeatedAnswer(DialogInstance instance, string answer)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Engine.Commands.TextNormalizer.Normalize(answer))));
        var previous = instance.State[UnrecognizedAnswerKey] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        instance.State[UnrecognizedAnswerKey] = hash;
        return previous == hash;
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
