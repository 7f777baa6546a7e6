using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Runtime.Turns;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>
/// Files sent at a question other than the screenshot question. During a report, until the privacy review
/// starts, they are kept for the report and the reply names them. Elsewhere the reply gives the reason they
/// were not kept. The files are then taken off the message, so its text answers the question as usual, and a message
/// with only files shows the question again. The reply names each file with its personal information replaced by a
/// placeholder (<c>confirmation [NAME].png</c>), as the transcript's copy and the draft name it.
/// </summary>
public static class UnaskedUploads
{
    /// <summary>
    /// Handles the files of the turn's message. Returns true when nothing is left for the dialogs to read,
    /// and false when the message has no files or still has text or a card submit to answer the question.
    /// </summary>
    public static async Task<bool> TryHandleAsync(DialogManager dialogs, ITurnContext turn, ConversationServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turn);
        if (ReportUploads.Read(turn.Activity).Count == 0)
        {
            return false;
        }

        var handled = false;
        await dialogs.RunWithContextAsync(turn, async dc =>
        {
            if (dc.ActiveDialog?.Id == DialogIds.Field(ReportFields.Screenshot))
            {
                return Dialog.EndOfTurn;
            }

            await Reply.SendStepAsync(turn, ConversationSteps.UploadReceived, KeepOrExplain(dc, services), cancellationToken);
            ReportUploads.RemoveFiles(turn.Activity);
            handled = string.IsNullOrWhiteSpace(turn.Activity.Text) && turn.Activity.Value is null;
            if (!handled)
            {
                return Dialog.EndOfTurn;
            }

            if (dc.ActiveDialog is null)
            {
                return await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
            }

            await dc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }, cancellationToken);
        return handled;
    }

    // The privacy review checks the screenshot names, so a file that arrives once it has started would
    // reach the draft unchecked. The call log question comes after the checklist is sent.
    private static string KeepOrExplain(DialogContext dc, ConversationServices services)
    {
        var turn = dc.Turn;
        var logger = services.Logger;
        var inReport = dc.Stack.Any(instance => instance.Id == DialogIds.Report);
        var reviewStarted = dc.Stack.Any(instance => instance.Id == DialogIds.PrivacyReview);
        var checklistSent = dc.Stack.Any(instance => instance.Id == DialogIds.CallLogPrompt);
        if (inReport && !reviewStarted && !checklistSent)
        {
            var report = turn.GetReport();
            var files = ReportUploads.Read(turn.Activity, report.Report.Screenshots.Count + 1);
            var keptNames = ReportUploads.Keep(report, files);
            turn.SetReport(report);
            Log.UploadsKept(logger, files.Count);
            return Kept(string.Join(", ", keptNames.Select(name => Clean(name, services))));
        }

        var rejected = ReportUploads.Read(turn.Activity);
        var names = string.Join(", ", rejected.Select(file => Clean(file.Name, services)));
        var (reason, reply) = !inReport ? ("noReport", NotKeptOutsideReport(names))
            : checklistSent ? ("checklistSent", NotKeptAfterChecklist(names))
            : ("privacyReviewStarted", NotKeptAfterReview(names, turn.GetReport().Report.System));
        Log.UploadsNotKept(logger, rejected.Count, reason);
        return reply;
    }

    /// <summary>Reply to files kept for the report.</summary>
    public static string Kept(string names) => $"I kept {names} for the report.";

    /// <summary>Reply to files sent once the privacy review of a report about <paramref name="system"/> has started.</summary>
    public static string NotKeptAfterReview(string names, string system) =>
        $"I didn't keep {names}: the privacy check of this report has started, so the report takes no more files. " +
        (system == SupportSystems.ConnectForHealth
            ? "Have the file open for the Service Center call, after you erase any personal information from it."
            : "Attach the file in your mail app, after you erase any personal information from it.");

    /// <summary>Reply to files sent at the call log question, after the call checklist.</summary>
    public static string NotKeptAfterChecklist(string names) =>
        $"I didn't keep {names}: the call checklist is made already. Have the file open for the Service Center call.";

    /// <summary>Reply to files sent when no report is in progress.</summary>
    public static string NotKeptOutsideReport(string names) =>
        $"I didn't keep {names}: files are kept only for a problem report. Start a report, then attach the file at any of its questions.";

    /// <summary>Returns <paramref name="name"/> with the personal information the analyzer finds replaced by placeholders.</summary>
    public static string Clean(string name, ConversationServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var findings = services.PiiAnalyzer.Analyze(name);
        return findings.Count == 0 ? name : services.PiiRedactor.Redact(name, findings, RedactionDecision.Remove);
    }
}
