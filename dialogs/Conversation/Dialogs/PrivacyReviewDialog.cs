using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// Checks the report's free-text fields for PII/PHI before the draft or checklist. When something is
/// found it shows the review and applies the user's choice: remove (typed placeholders), edit a field
/// (then check again), or keep and send encrypted. Passwords are removed in every case, with a warning.
/// </summary>
public sealed class PrivacyReviewDialog(ConversationServices services) : Dialog(DialogIds.PrivacyReview)
{
    private const string EditingKey = "editing";

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
                dc.Turn.UpdateReport(report => ReportFieldValues.Write(field, answer, report.Report));
            }

            return await CheckAsync(dc, cancellationToken);
        }

        var choice = result?.GetValue<string>() ?? PrivacyReviewPrompt.RemoveAction;
        if (choice.StartsWith(PrivacyReviewPrompt.EditPrefix, StringComparison.Ordinal))
        {
            var edited = choice[PrivacyReviewPrompt.EditPrefix.Length..];
            state[EditingKey] = edited;
            return await dc.BeginDialogAsync(DialogIds.Field(edited), null, cancellationToken);
        }

        await ApplyAsync(dc, choice == PrivacyReviewPrompt.KeepAction, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var findings = ReportPrivacy.Analyze(dc.Turn.GetReport().Report, services.PiiAnalyzer);
        var findingCount = findings.Sum(f => f.Findings.Count);
        Log.PrivacyChecked(services.Logger, findingCount);
        if (findings.Count == 0)
        {
            dc.Turn.UpdateReport(report => report.PrivacyChecked = true);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        return await dc.BeginDialogAsync(DialogIds.PrivacyReviewPrompt, null, cancellationToken);
    }

    private async Task ApplyAsync(DialogContext dc, bool keep, CancellationToken cancellationToken)
    {
        var state = dc.Turn.GetReport();
        var findings = ReportPrivacy.Analyze(state.Report, services.PiiAnalyzer);
        var categories = ReportPrivacy.Categories(findings);
        ReportPrivacy.Apply(state.Report, findings, keep ? RedactionDecision.Keep : RedactionDecision.Remove, services.PiiRedactor);
        state.PrivacyChecked = true;
        state.PersonalDataKept = keep && categories.Exists(c => c != PiiCategories.Password);
        state.KeptCategories = keep ? [.. categories.Where(c => c != PiiCategories.Password)] : [];
        dc.Turn.SetReport(state);

        if (categories.Contains(PiiCategories.Password))
        {
            await Reply.SendStepAsync(dc.Turn, ConversationSteps.PasswordWarning,
                "One answer contained a password. I removed it: never share a password, not even with the help desk.", cancellationToken);
        }

        var message = keep
            ? "I kept the personal information. You must send the e-mail encrypted; type 'how do I encrypt' for the steps."
            : "I replaced the personal information with labels such as [NAME] and [SSN].";
        await dc.Turn.SendActivityAsync(Reply.Text(message).WithMarker(Reply.Marker(dc.Turn)), cancellationToken);
    }
}
