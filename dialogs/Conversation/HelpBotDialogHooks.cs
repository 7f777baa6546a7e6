using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.HelpTopics;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// HelpBot's part in global commands: "help topics" at any question, "change my answers" and "I don't work
/// in CBMS" to correct the first-time answers, the menu after cancel, and clearing the report on start over.
/// </summary>
public sealed class HelpBotDialogHooks(ConversationServices services) : DialogHooks
{
    /// <summary>App command that lists the help topics.</summary>
    public const string HelpTopicsCommand = "helpTopics";

    /// <summary>Phrases that trigger <see cref="HelpTopicsCommand"/>.</summary>
    public static readonly IReadOnlyList<string> HelpTopicsPhrases = ["help topics", "topics", "show help topics", "list help topics"];

    /// <summary>App command that clears the CBMS and role values of the profile and starts the first-time questions again.</summary>
    public const string ChangeAnswersCommand = "changeAnswers";

    /// <summary>Phrases that trigger <see cref="ChangeAnswersCommand"/>.</summary>
    public static readonly IReadOnlyList<string> ChangeAnswersPhrases = ["change my answers", "change answers", "change my role"];

    /// <summary>App command that records that the user does not work in CBMS and starts the role question.</summary>
    public const string NotCbmsCommand = "notCbms";

    /// <summary>Phrases that trigger <see cref="NotCbmsCommand"/>.</summary>
    public static readonly IReadOnlyList<string> NotCbmsPhrases =
        ["i don't work in cbms", "i do not work in cbms", "i'm not a cbms user", "i am not a cbms user", "not a cbms user"];

    /// <summary>Message sent before the first-time questions are asked again.</summary>
    public const string ChangingAnswersMessage = "Okay, let's go through the first questions again.";

    /// <summary>Message sent before the role question after "I don't work in CBMS".</summary>
    public const string NotCbmsMessage = "Okay, I noted that you don't work in CBMS.";

    /// <summary>Sentence added to either message when a report in progress was dropped.</summary>
    public const string ReportDroppedNote = " The report in progress was dropped.";

    public override async Task<bool> OnCommandAsync(DialogContext dc, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        switch (command)
        {
            case HelpTopicsCommand:
                await HelpTopicReplies.SendListAsync(dc.Turn, services.Content, cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            case ChangeAnswersCommand or NotCbmsCommand when IsReportInProgress(dc.Turn.GetReport()):
                await ChangeConfirmation.AskAsync(dc.Turn, command, cancellationToken);
                return true;
            case ChangeAnswersCommand or NotCbmsCommand:
                await ApplyChangeAsync(dc, command, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Runs <paramref name="command"/> (<see cref="ChangeAnswersCommand"/> or <see cref="NotCbmsCommand"/>): clears the
    /// first-time answers, drops any report in progress and asks the questions again.
    /// </summary>
    internal static Task ApplyChangeAsync(DialogContext dc, string command, CancellationToken cancellationToken) =>
        command == NotCbmsCommand
            ? ChangeAnswersAsync(dc, cbmsUser: false, NotCbmsMessage, cancellationToken)
            : ChangeAnswersAsync(dc, cbmsUser: null, ChangingAnswersMessage, cancellationToken);

    // The profile keeps what the web chat page reported (time zone, browser); only the CBMS and role values
    // change. A description kept for later stays, so the report starts with it once the questions are answered.
    private static async Task ChangeAnswersAsync(DialogContext dc, bool? cbmsUser, string message, CancellationToken cancellationToken)
    {
        var dropped = IsReportInProgress(dc.Turn.GetReport());
        if (!dropped && FirstMessageDescription(dc) is { } description)
        {
            // A first message that described a problem waits in the root dialog's options until the first-time
            // questions are answered. The root dialog restarts below, so the description moves to the pending one.
            dc.Turn.SetPendingDescription(description);
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        dc.Turn.ClearReport();
        var profile = dc.Turn.GetProfile();
        profile.CbmsUser = cbmsUser;
        profile.Role = null;
        dc.Turn.SetProfile(profile);
        dc.Turn.MarkChangingAnswers();
        await dc.Turn.SendTextAsync(dropped ? message + ReportDroppedNote : message, cancellationToken);
        await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
    }

    private static string? FirstMessageDescription(DialogContext dc) =>
        dc.Stack.FirstOrDefault(instance => instance.Id == DialogIds.Main)?
            .State[Engine.Waterfall.WaterfallStateKeys.Options]?[MainDialog.TextOption]?.GetValue<string>();

    private static bool IsReportInProgress(ReportState report) => report.IsInProgress;

    // "back" is named only where there is a previous question, because at the first one it changes nothing,
    // and "cancel" only where it stops something (CanCancel).
    public override Task<string?> GetGeneralHelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var back = dc.CanGoBack() ? "'back' to change your last answer, " : "";
        var topics = "'help topics' for PII and PHI, encrypted e-mail, screenshots and telling the systems apart";
        var rest = dc.CanCancel() ? $"{topics}, 'start over' to begin again, or 'cancel' to stop." : $"{topics}, or 'start over' to begin again.";
        return Task.FromResult<string?>($"Answer the question above by typing or with the buttons. You can also type {back}{rest}");
    }

    /// <summary>
    /// Returns false at a first-time question while no report is in progress, because "cancel" there only sends the
    /// question again (<see cref="StoppedBeforeProfileMessage"/>), so the hints leave it out.
    /// </summary>
    public override bool CanCancel(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return IsReportInProgress(dc.Turn.GetReport()) || dc.Turn.GetProfile().IsComplete;
    }

    /// <summary>Message sent on "cancel", right before the menu.</summary>
    public const string CancelledMessage = "Okay, I stopped and dropped that report. Pick what to do next below.";

    /// <summary>Message sent on "cancel" when no report was in progress and the menu comes next.</summary>
    public const string StoppedMessage = "Okay, I stopped. Pick what to do next below.";

    /// <summary>Message sent on "cancel" of a report when a problem description waits for its own report, which starts next.</summary>
    public const string CancelledBeforeKeptMessage = "Okay, I stopped and dropped that report. Now to the problem you described here.";

    /// <summary>Message sent on "cancel" at a first-time question, which comes again next.</summary>
    public const string StoppedBeforeProfileMessage =
        "There is nothing to stop yet: I need the answers to the first-time questions before anything else, so here is the question again.";

    /// <summary>
    /// Returns null for a report in progress, so the configured message about the dropped report is sent, unless a
    /// kept problem description starts the next report, and otherwise a message about what comes next.
    /// </summary>
    public override Task<string?> GetCancelledMessageAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        string? message = !CanCancel(dc) ? StoppedBeforeProfileMessage
            : IsReportInProgress(dc.Turn.GetReport()) ? (dc.Turn.HasPendingDescription() ? CancelledBeforeKeptMessage : null)
            : StoppedMessage;
        return Task.FromResult(message);
    }

    /// <summary>Message sent on "cancel" at the menu, which comes again next.</summary>
    public const string NothingToCancelMessage = "There is nothing to cancel. Here is the menu again.";

    /// <summary>Returns <see cref="NothingToCancelMessage"/> at the menu with no report in progress, and otherwise null.</summary>
    public override string? GetNothingToCancelMessage(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var atMenu = dc.ActiveDialog?.Id == DialogIds.MenuPrompt && dc.Stack.All(instance => instance.Id is DialogIds.Main or DialogIds.MenuPrompt);
        return atMenu && !IsReportInProgress(dc.Turn.GetReport()) ? NothingToCancelMessage : null;
    }

    /// <summary>Message sent before the report that "fixed" (or "that answered it") ended goes on.</summary>
    public const string ReopenedMessage = "Okay, back to the report.";

    /// <summary>
    /// Reopens the report that an answer in the previous message ended ("fixed", "that answered it"): the report
    /// becomes the one in progress again and its tips question comes next. A report from another conversation that
    /// "Start fresh" dropped goes on at its question. Returns null when there is none.
    /// </summary>
    public override Task<DialogTurnResult?> OnNothingToGoBackToAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ReopenClosedReportAsync(dc, cancellationToken);

    /// <summary>Reopens the report an answer in the previous message ended, as <see cref="OnNothingToGoBackToAsync"/> describes; returns null when there is none.</summary>
    internal static async Task<DialogTurnResult?> ReopenClosedReportAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.GetClosedReport() is not { } closed || IsReportInProgress(dc.Turn.GetReport()))
        {
            return null;
        }

        if (dc.Turn.GetClosedReportDialogs() is { } dialogs)
        {
            // A report from another conversation that "Start fresh" dropped gets its stack back, as "Continue it" does.
            dc.Turn.SetReport(closed);
            dc.State.Stack.Clear();
            dc.State.Stack.AddRange(dialogs.Stack);
            await Reply.SendStepAsync(dc.Turn, Markers.ConversationSteps.ReportResumed, ResumeMessages.Resumed, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (closed.Message is not { } description)
        {
            return null;
        }

        // A training question that was answered goes on as a problem report, as "Report it anyway" does.
        if (closed.Report.Kind == Domain.Reports.ReportKinds.Training)
        {
            closed.Report.Kind = Domain.Reports.ReportKinds.Technical;
        }

        // The tips question is asked again even when an earlier answer to it was kept, with its tips ticked.
        closed.TipsAnswered = false;
        await dc.CancelAllDialogsAsync(cancellationToken);
        dc.Turn.SetReport(closed);
        await dc.Turn.SendTextAsync(ReopenedMessage, cancellationToken);

        // The report's description equals the text, so the report dialog keeps the report as it is.
        return await dc.BeginDialogAsync(DialogIds.Main, new System.Text.Json.Nodes.JsonObject { [MainDialog.TextOption] = description }, cancellationToken);
    }

    /// <summary>Drops the report and shows the menu again.</summary>
    public override async Task OnCancelledAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Turn.ClearReport();
        await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
    }

    public override Task OnStartingOverAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Turn.ClearReport();
        return Task.CompletedTask;
    }
}
