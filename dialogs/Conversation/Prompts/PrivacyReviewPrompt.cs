using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Privacy;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The PII/PHI review (<see cref="PiiReviewCard"/>): each finding with a masked preview and a choice of
/// remove, mask, replace or keep. It shows the findings that <see cref="PrivacyReviewDialog"/> stored
/// and tells the user when the remote check was unavailable. Typed answers: "remove" or "keep" for all,
/// "edit description" to rewrite a field, or per finding "mask 2", "edit 3: new text". Choices made in
/// a rejected answer are kept for the next one. Result: a <see cref="ReviewAnswer"/>.
/// </summary>
public sealed class PrivacyReviewPrompt(ConversationServices services) : Prompt<ReviewAnswer, PromptOptions>(DialogIds.PrivacyReviewPrompt)
{
    private const string ChoicesKey = "choices";

    private const string EmailHelpText =
        "PII is anything that identifies a person (name, birth date, SSN, address, phone, e-mail, case details tied to a person); " +
        "PHI is health information. An e-mail to the help desk must not contain them unless it is encrypted. For each finding, " +
        "'remove' replaces it with a label such as [NAME], 'mask' stars it out, keeping only the last four digits of a long number such as an SSN, 'edit' replaces it with your " +
        "text, and 'keep' leaves it (the e-mail must then be encrypted). Type 'remove' or 'keep' alone for every finding, or " +
        "'edit description' to rewrite a whole answer.";

    private const string CallHelpText =
        "PII is anything that identifies a person (name, birth date, SSN, address, phone, e-mail, case details tied to a person); " +
        "PHI is health information. The Service Center needs them only on the call, so they are not written into any message. " +
        "For each finding, 'remove' replaces it with a label such as [NAME], 'mask' stars it out, keeping only the last four digits of a long number such as an SSN, 'edit' " +
        "replaces it with your text, and 'keep' leaves it, so the call checklist may show it. Type 'remove' or 'keep' alone for " +
        "every finding, or 'edit description' to rewrite a whole answer.";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var (check, fields) = Review(dc);
        var state = new PiiReviewState
        {
            RemoteUnavailable = check?.RemoteUnavailable == true,
            HasScreenshots = dc.Turn.GetReport().Report.Screenshots.Count > 0,
            ForCall = IsCall(dc),
            Choices = ReadChoices(instance).ToDictionary(c => c.Index, c => c.ToChoice()),
        };
        var step = PiiReviewCard.Build(instance.GetPromptId() ?? "", [.. fields.Select(ToReviewField)], services.Content, state);
        var marker = Reply.Marker(dc.Turn, prompt: ConversationPrompts.PiiReview);
        marker.PiiCategories = ReportPrivacy.Categories(fields);
        return dc.Turn.SendActivityAsync(Reply.Card(AdaptiveCardAttachment.ToJsonElement(step.Card), step.PlainText).WithMarker(marker), cancellationToken);
    }

    // The help text depends on the report's system, which the options cannot know, so it is set here.
    protected override void PrepareOptions(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        options.HelpText ??= IsCall(dc) ? CallHelpText : EmailHelpText;
    }

    protected override string? GetDefaultHelpText(PromptOptions options) => EmailHelpText;

    /// <summary>Returns true when the report goes to the Service Center by phone call, not by e-mail.</summary>
    internal static bool IsCall(DialogContext dc) =>
        dc.Turn.GetReport().Report.System == Domain.Systems.SupportSystems.ConnectForHealth;

    protected override async Task<PromptRecognizerResult<ReviewAnswer>> OnRecognizeAsync(
        DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var (_, fields) = Review(dc);
        var activity = dc.Turn.Activity;
        var action = TypedAnswers.ReadAction(activity);
        if (action == CardActionNames.ApplyChoices && activity.Value is { } value)
        {
            var invalid = new List<int>();
            var choices = ReviewChoiceReader.FromCard(value, Count(fields), invalid);
            return await AcceptChoicesAsync(dc, instance, fields, choices, [], cancellationToken, invalid);
        }

        if (action is null && ReadButtonNumber(activity.Text, fields) is { } numbered)
        {
            return numbered == CardActionNames.ApplyChoices
                ? await AcceptChoicesAsync(dc, instance, fields, [], [], cancellationToken)
                : PromptRecognition.Success(RecognizeButton(numbered, fields, activity.Text!));
        }

        // Per-finding commands come first, because "remove 2" also starts like "remove" for everything.
        if (action is null && ReviewChoiceReader.FromText(activity.Text) is { } typed)
        {
            return await AcceptChoicesAsync(dc, instance, fields, typed.Choices, typed.NotUnderstood, cancellationToken);
        }

        var whole = action is null ? RecognizeTyped(TypedAnswers.Normalize(activity), fields) : RecognizeAction(action, activity, fields);
        if (whole is not null)
        {
            return PromptRecognition.Success(whole);
        }

        return PromptRecognition.Failure<ReviewAnswer>(
            "Please choose for each finding: type 'remove 1', 'mask 1', 'keep 1' or 'edit 1: new text' (one per line), " +
            "'remove' or 'keep' for all of them, or 'edit description' to rewrite an answer.");
    }

    protected override JsonNode? ToResult(ReviewAnswer value) =>
        JsonSerializer.SerializeToNode(value, PrivacyJsonContext.Default.ReviewAnswer);

    // A number typed alone picks the button the plain text lists under it ("Reply with one of: 1) Use my
    // choices above, 2) Remove all automatically, 3) Keep all ..., 4) Rewrite ..."), in the card's order.
    private static string? ReadButtonNumber(string? text, List<FieldFindings> fields)
    {
        var trimmed = text?.Trim().TrimEnd('.', ')');
        if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 3 + fields.Count)
        {
            return null;
        }

        return number switch
        {
            1 => CardActionNames.ApplyChoices,
            2 => CardActionNames.RemoveAll,
            3 => CardActionNames.KeepAllEncrypted,
            _ => CardActionNames.EditText,
        };
    }

    private static ReviewAnswer RecognizeButton(string action, List<FieldFindings> fields, string text) =>
        action == CardActionNames.EditText
            ? new ReviewAnswer(action, fields[int.Parse(text.Trim().TrimEnd('.', ')'), CultureInfo.InvariantCulture) - 4].Field, [])
            : new ReviewAnswer(action, null, []);

    private static ReviewAnswer? RecognizeAction(string action, Protocol.Models.Activity activity, List<FieldFindings> fields)
    {
        if (action is CardActionNames.RemoveAll or CardActionNames.KeepAllEncrypted)
        {
            return new ReviewAnswer(action, null, []);
        }

        var field = TypedAnswers.ReadValueString(activity, "choice");
        return action == CardActionNames.EditText && fields.Exists(f => f.Field == field)
            ? new ReviewAnswer(action, field, [])
            : null;
    }

    private ReviewAnswer? RecognizeTyped(string normalized, List<FieldFindings> fields)
    {
        if (TypedAnswers.Matches(normalized, "remove", "remove all", "remove them", "remove it", "remove it for me", "redact", "delete", "remove all automatically"))
        {
            return new ReviewAnswer(CardActionNames.RemoveAll, null, []);
        }

        if (TypedAnswers.Matches(normalized, "keep", "keep all", "keep them", "keep it", "send encrypted", "encrypt", "keep all and send encrypted"))
        {
            return new ReviewAnswer(CardActionNames.KeepAllEncrypted, null, []);
        }

        var verb = normalized.StartsWith("edit", StringComparison.Ordinal) ? "edit" : normalized.StartsWith("rewrite", StringComparison.Ordinal) ? "rewrite" : null;
        if (verb is null)
        {
            return null;
        }

        var target = normalized[verb.Length..].Trim();
        var field = fields.Find(f => string.Equals(f.Field, target.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || string.Equals(Label(f.Field), target, StringComparison.OrdinalIgnoreCase));
        field ??= fields.Count == 1 && target.Length == 0 ? fields[0] : null;
        return field is null ? null : new ReviewAnswer(CardActionNames.EditText, field.Field, []);
    }

    // Merges the answer's choices for listed numbers into those of earlier attempts and saves them, so a
    // rejected answer loses none of its valid choices. Accepts them when nothing is wrong, and otherwise
    // names every fault in one reply.
    private async Task<PromptRecognizerResult<ReviewAnswer>> AcceptChoicesAsync(
        DialogContext dc, DialogInstance instance, List<FieldFindings> fields, List<ReviewChoice> choices, List<TextPosition> notUnderstood,
        CancellationToken cancellationToken, List<int>? invalidCardChoices = null)
    {
        var count = Count(fields);
        // The last choice for a number wins when an answer has several.
        var valid = choices.Where(c => c.Index >= 0 && c.Index < count).GroupBy(c => c.Index).Select(g => g.Last()).ToList();
        var merged = ReadChoices(instance).Where(old => !valid.Exists(c => c.Index == old.Index)).Concat(valid).OrderBy(c => c.Index).ToList();
        var faults = await ReviewChoiceValidator.FindFaultsAsync(fields, merged, valid, services.PiiDetector, Describe, cancellationToken);
        foreach (var (identifier, placeholder) in faults.ReplacementIdentifiers)
        {
            // The replacement text is dropped, so the channel's stored copy of the message loses it too.
            dc.Turn.AddTranscriptValue(identifier, placeholder);
        }

        merged = WithoutFlaggedText(merged, faults);
        instance.State[ChoicesKey] = JsonSerializer.SerializeToNode(merged, PrivacyJsonContext.Default.ListReviewChoice);
        faults.MissingNumbers.AddRange(choices.Where(c => c.Index < 0 || c.Index >= count).Select(c => c.Index + 1));
        faults.NotUnderstood.AddRange(notUnderstood);
        MoveInvalidChoices(faults, invalidCardChoices);
        return faults.RejectsAnswer
            ? PromptRecognition.Failure<ReviewAnswer>(ReviewFaultMessage.Compose(faults, count))
            : PromptRecognition.Success(new ReviewAnswer(CardActionNames.ApplyChoices, null, merged));
    }

    // A finding whose card value was no choice is named for that, not as one still to choose.
    private static void MoveInvalidChoices(ReviewFaults faults, List<int>? invalidCardChoices)
    {
        if (invalidCardChoices is not { Count: > 0 })
        {
            return;
        }

        faults.InvalidChoices.AddRange(faults.Unchosen.Where(f => invalidCardChoices.Contains(f.Index)));
        faults.Unchosen.RemoveAll(f => invalidCardChoices.Contains(f.Index));
    }

    // Drops the replacement text of edits in which the detector found an identifier, and of edits for a
    // password, so the saved choices and the card that shows them never contain a flagged value.
    private static List<ReviewChoice> WithoutFlaggedText(List<ReviewChoice> choices, ReviewFaults faults)
    {
        var flagged = faults.PersonalReplacements.Concat(faults.PasswordChoices).Select(f => f.Index).ToHashSet();
        return [.. choices.Select(c => flagged.Contains(c.Index) && c.Replacement is not null ? c with { Replacement = null } : c)];
    }

    private static List<ReviewChoice> ReadChoices(DialogInstance instance) =>
        instance.State[ChoicesKey]?.Deserialize(PrivacyJsonContext.Default.ListReviewChoice) ?? [];

    // The findings the review dialog stored; the prompt runs directly above it on the stack.
    private static (PrivacyCheck? Check, List<FieldFindings> Fields) Review(DialogContext dc)
    {
        var parent = dc.Stack.Count > 1 && dc.Stack[1].Id == DialogIds.PrivacyReview ? dc.Stack[1] : null;
        var check = PrivacyReviewDialog.ReadCheck(parent);
        return (check, check?.Resolve(dc.Turn.GetReport().Report) ?? []);
    }

    private static int Count(List<FieldFindings> fields) => fields.Sum(f => f.Findings.Count);

    private string Describe(FieldFindings field, PiiFinding finding, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{index + 1} ({PiiCategoryLabels.For(finding.Category)} in {Label(field.Field)})");

    private PiiReviewField ToReviewField(FieldFindings field) => new(field.Field, Label(field.Field), field.Text, field.Findings);

    private string Label(string field) => FieldQuestions.For(field, services.Content).Label;
}
