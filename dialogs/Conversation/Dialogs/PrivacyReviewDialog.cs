using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Cards.Builders;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Domain.Reports;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// Checks the report's free-text fields for PII/PHI with the detector Pii:Mode selects, before the draft
/// or checklist. When something is found it shows the review (<see cref="Prompts.PrivacyReviewPrompt"/>)
/// and applies the user's choice per finding through <see cref="IPiiRedactor.Apply"/>: remove, mask,
/// replace, or keep and send encrypted; or rewrite a whole field and check again. The rewritten field's
/// question shows its text with placeholders in place of the findings. Passwords are removed in
/// every case, with a warning. The kept categories go to the report state for the draft. When the
/// review ends, <see cref="FlaggedValueScrubber"/> rewrites the user text kept outside the fields.
/// </summary>
public sealed class PrivacyReviewDialog(ConversationServices services) : Dialog(DialogIds.PrivacyReview)
{
    /// <summary>Step name of the notice that the remote check failed and the local check found nothing.</summary>
    public const string FallbackStep = "privacyCheckFallback";

    private const string EditingKey = "editing";
    private const string CheckKey = "check";

    /// <summary>Returns the check stored in <paramref name="instance"/>, the review dialog's instance, or null.</summary>
    public static PrivacyCheck? ReadCheck(DialogInstance? instance) =>
        instance?.State[CheckKey]?.Deserialize(PrivacyJsonContext.Default.PrivacyCheck);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return CheckAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        if (state[EditingKey]?.GetValue<string>() is { } field)
        {
            state.Remove(EditingKey);
            if (result is JsonValue value && value.TryGetValue<string>(out var answer))
            {
                // The rewritten field's old values stay only in copies, so those get the placeholders.
                var oldFields = ReadCheck(dc.ActiveDialog)?.Resolve(dc.Turn.GetReport().Report) ?? [];
                var scrubber = CreateScrubber(dc.Turn.GetReport(), oldFields, (_, _) => RedactionChoice.Remove);
                dc.Turn.UpdateReport(report =>
                {
                    ScrubCopies(dc, report, scrubber);
                    ReportAnswers.Store(report.Report, field, answer, services.GetTimeZone(dc.Turn));
                    report.PlaceholderTexts.Remove(field);
                });
            }

            return await CheckAsync(dc, cancellationToken);
        }

        var answerToReview = result?.Deserialize(PrivacyJsonContext.Default.ReviewAnswer)
            ?? new ReviewAnswer(CardActionNames.RemoveAll, null, []);
        var fields = ReadCheck(dc.ActiveDialog)?.Resolve(dc.Turn.GetReport().Report);
        if (fields is null)
        {
            // A field changed since the check, so the stored offsets no longer fit its text.
            return await CheckAsync(dc, cancellationToken);
        }

        if (answerToReview is { Action: CardActionNames.EditText, Field: { } edited })
        {
            state[EditingKey] = edited;
            return await dc.BeginDialogAsync(DialogIds.Field(edited), AskAgainOptions(fields, edited), cancellationToken);
        }

        await ApplyAsync(dc, fields, answerToReview, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var check = await ReportPrivacy.CheckAsync(dc.Turn.GetReport().Report, services.PiiDetector, cancellationToken);
        var findingCount = check.Fields.Sum(f => f.Findings.Count);
        Log.PrivacyChecked(services.Logger, findingCount);
        if (check.IsEmpty)
        {
            if (check.RemoteUnavailable)
            {
                await Reply.SendStepAsync(dc.Turn, FallbackStep, PrivacyReviewMessages.FallbackNothingFound, cancellationToken);
            }

            // No field has a finding, but text of the first message that reached no field can still hold one.
            var scrubber = CreateScrubber(dc.Turn.GetReport(), [], (_, _) => RedactionChoice.Remove);
            dc.Turn.UpdateReport(report =>
            {
                ScrubCopies(dc, report, scrubber);
                report.PrivacyChecked = true;
                report.PersonalDataKept = false;
                report.KeptCategories = [];
                report.PlaceholderTexts = [];
            });
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        dc.ActiveDialog!.State[CheckKey] = JsonSerializer.SerializeToNode(check, PrivacyJsonContext.Default.PrivacyCheck);
        dc.Turn.UpdateReport(report => report.PlaceholderTexts =
            ReportPrivacy.PlaceholderTexts(check.Resolve(report.Report) ?? [], (_, _) => RedactionChoice.Keep, services.PiiRedactor));
        return await dc.BeginDialogAsync(DialogIds.PrivacyReviewPrompt, null, cancellationToken);
    }

    // Options that make the field's question show its text with every finding replaced by the placeholder
    // "remove" writes, so the question never sends a flagged value back. Null for a field without findings.
    private JsonObject? AskAgainOptions(List<FieldFindings> fields, string field) =>
        fields.Find(f => f.Field == field) is { } found
            ? FieldPromptOptions.FromReview(services.PiiRedactor.Redact(found.Text, found.Findings, RedactionDecision.Remove))
            : null;

    private async Task ApplyAsync(DialogContext dc, List<FieldFindings> fields, ReviewAnswer answer, CancellationToken cancellationToken)
    {
        var state = dc.Turn.GetReport();
        RedactionChoice choose(int index, PiiFinding finding) => Choose(answer, index, finding);
        var scrubber = CreateScrubber(state, fields, choose);
        var results = ReportPrivacy.Apply(state.Report, fields, choose, services.PiiRedactor);
        ScrubCopies(dc, state, scrubber);
        state.PlaceholderTexts = ReportPrivacy.PlaceholderTexts(fields, choose, services.PiiRedactor);
        var kept = results.SelectMany(r => r.Kept).ToList();
        state.PrivacyChecked = true;
        state.PersonalDataKept = kept.Exists(k => k.Tier == PiiTier.Identifier);
        state.KeptCategories = [.. kept.Select(k => PiiCategoryLabels.For(k.Category)).Distinct()];
        dc.Turn.SetReport(state);

        if (fields.Exists(f => f.Findings.Any(finding => finding.Category == PiiCategories.Password)))
        {
            await Reply.SendStepAsync(dc.Turn, ConversationSteps.PasswordWarning, PrivacyReviewMessages.PasswordRemoved(PrivacyReviewPrompt.IsCall(dc)), cancellationToken);
        }

        var message = PrivacyReviewMessages.Summary(fields, answer, kept, PrivacyReviewPrompt.IsCall(dc));
        await dc.Turn.SendActivityAsync(Reply.Text(message).WithMarker(Reply.Marker(dc.Turn)), cancellationToken);
    }

    // Reads the copies from state before any field changes, so the fields' texts still fit their findings.
    private FlaggedValueScrubber CreateScrubber(ReportState state, List<FieldFindings> fields, Func<int, PiiFinding, RedactionChoice> choose) =>
        FlaggedValueScrubber.Create(state, fields, choose, services.PiiRedactor, services.PiiAnalyzer);

    // Rewrites the user text kept outside the report's checked fields (the first message, the page address
    // and its page name) and the copies of it and of the reviewed fields in every dialog on the stack.
    private static void ScrubCopies(DialogContext dc, ReportState report, FlaggedValueScrubber scrubber)
    {
        scrubber.Apply(report);
        foreach (var instance in dc.Stack)
        {
            scrubber.ScrubValues(instance.State);
        }
    }

    // Remove all and keep all apply to every finding. Otherwise each finding gets its choice; a finding
    // with none (an unlisted one, or a linked detail the user left alone) is removed if it is an
    // identifier or unlisted, and kept if it is a listed linked detail.
    private static RedactionChoice Choose(ReviewAnswer answer, int index, PiiFinding finding)
    {
        switch (answer.Action)
        {
            case CardActionNames.RemoveAll:
                return RedactionChoice.Remove;
            case CardActionNames.KeepAllEncrypted:
                return RedactionChoice.Keep;
        }

        if (answer.Choices.Find(c => c.Index == index) is { } chosen)
        {
            return chosen.ToChoice();
        }

        return finding.Tier == PiiTier.LinkedDetail && index < PiiReviewCard.MaxListedFindings ? RedactionChoice.Keep : RedactionChoice.Remove;
    }
}
