using HelpBot.Dialogs.Conversation.Serialization;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.State;

/// <summary>
/// Typed access to the conversation's values in turn state. Values are copies of the stored JSON,
/// so a caller that changes one must store it back with the matching Set method.
/// </summary>
public static class TurnStateExtensions
{
    public static UserProfile GetProfile(this ITurnContext turn) =>
        turn.State.User.Get(ConversationStateKeys.Profile, ConversationJsonContext.Default.UserProfile) ?? new UserProfile();

    public static void SetProfile(this ITurnContext turn, UserProfile profile) =>
        turn.State.User.Set(ConversationStateKeys.Profile, profile, ConversationJsonContext.Default.UserProfile);

    public static ReportState GetReport(this ITurnContext turn) =>
        turn.State.Conversation.Get(ConversationStateKeys.Report, ConversationJsonContext.Default.ReportState) ?? new ReportState();

    public static void SetReport(this ITurnContext turn, ReportState report) =>
        turn.State.Conversation.Set(ConversationStateKeys.Report, report, ConversationJsonContext.Default.ReportState);

    /// <summary>Deletes the report in progress, as after start over or a finished report.</summary>
    public static void ClearReport(this ITurnContext turn) => turn.State.Conversation.Remove(ConversationStateKeys.Report);

    /// <summary>Changes the report in progress with <paramref name="change"/> and stores it back.</summary>
    public static ReportState UpdateReport(this ITurnContext turn, Action<ReportState> change)
    {
        var report = turn.GetReport();
        change(report);
        turn.SetReport(report);
        return report;
    }

    public static bool GetWelcomed(this ITurnContext turn) =>
        turn.State.Conversation.Get(ConversationStateKeys.Welcomed, ConversationJsonContext.Default.Boolean);

    public static void SetWelcomed(this ITurnContext turn) =>
        turn.State.Conversation.Set(ConversationStateKeys.Welcomed, true, ConversationJsonContext.Default.Boolean);

    /// <summary>Returns true once this conversation offered to continue an unfinished report.</summary>
    public static bool GetResumeOffered(this ITurnContext turn) =>
        turn.State.Conversation.Get(ConversationStateKeys.ResumeOffered, ConversationJsonContext.Default.Boolean);

    /// <summary>Records that this conversation offered to continue an unfinished report, so it offers it once.</summary>
    public static void SetResumeOffered(this ITurnContext turn) =>
        turn.State.Conversation.Set(ConversationStateKeys.ResumeOffered, true, ConversationJsonContext.Default.Boolean);

    /// <summary>Returns true when a problem description is kept for the next report.</summary>
    public static bool HasPendingDescription(this ITurnContext turn) =>
        turn.State.Conversation.Get(ConversationStateKeys.PendingDescription, ConversationJsonContext.Default.String) is not null;

    /// <summary>Keeps a problem description typed before the report could start.</summary>
    public static void SetPendingDescription(this ITurnContext turn, string text) =>
        turn.State.Conversation.Set(ConversationStateKeys.PendingDescription, text, ConversationJsonContext.Default.String);

    /// <summary>
    /// Adds <paramref name="text"/> to the kept problem description, on a new line, and returns true when there was
    /// one already, so a user who types the problem in several messages before the report starts loses none.
    /// </summary>
    public static bool AddPendingDescription(this ITurnContext turn, string text)
    {
        var kept = turn.State.Conversation.Get(ConversationStateKeys.PendingDescription, ConversationJsonContext.Default.String);
        if (kept is null)
        {
            turn.SetPendingDescription(text);
            return false;
        }

        if (!kept.Split('\n').Contains(text, StringComparer.Ordinal))
        {
            turn.SetPendingDescription(kept + "\n" + text);
        }

        return true;
    }

    /// <summary>Returns the kept problem description and removes it, or null when there is none.</summary>
    public static string? TakePendingDescription(this ITurnContext turn)
    {
        var text = turn.State.Conversation.Get(ConversationStateKeys.PendingDescription, ConversationJsonContext.Default.String);
        turn.State.Conversation.Remove(ConversationStateKeys.PendingDescription);
        return text;
    }

    /// <summary>Returns the command that waits for confirmation and removes it, or null when none waits.</summary>
    public static string? TakePendingChange(this ITurnContext turn)
    {
        var command = turn.State.Conversation.Get(ConversationStateKeys.PendingChange, ConversationJsonContext.Default.String);
        turn.State.Conversation.Remove(ConversationStateKeys.PendingChange);
        return command;
    }

    /// <summary>Keeps <paramref name="command"/> until the user confirms that it drops the report in progress.</summary>
    public static void SetPendingChange(this ITurnContext turn, string command) =>
        turn.State.Conversation.Set(ConversationStateKeys.PendingChange, command, ConversationJsonContext.Default.String);

    /// <summary>Notes for this turn that the first-time questions are asked again, so they leave out "I'll only ask once".</summary>
    public static void MarkChangingAnswers(this ITurnContext turn) => turn.Items[ChangingAnswersItem] = true;

    /// <summary>Returns true when <see cref="MarkChangingAnswers"/> ran in this turn.</summary>
    public static bool IsChangingAnswers(this ITurnContext turn) => turn.Items.ContainsKey(ChangingAnswersItem);

    private const string ChangingAnswersItem = "helpbot.changingAnswers";

    /// <summary>
    /// Keeps the report that an answer ended, so "back" in the next message can reopen it. <paramref name="dialogs"/> is
    /// the stack of a report from another conversation, which "back" restores as it was.
    /// </summary>
    public static void SetClosedReport(this ITurnContext turn, ReportState report, DialogState? dialogs = null)
    {
        turn.State.Conversation.Set(ConversationStateKeys.ClosedReport, report, ConversationJsonContext.Default.ReportState);
        if (dialogs is not null)
        {
            turn.State.Conversation.Set(ConversationStateKeys.ClosedReportDialogs, dialogs, DialogJsonContext.Default.DialogState);
        }
    }

    /// <summary>
    /// Moves the report an answer ended in the previous message from conversation state into this turn, where
    /// <see cref="GetClosedReport"/> reads it, so it can be reopened in this turn only.
    /// </summary>
    public static void TakeClosedReportIntoTurn(this ITurnContext turn)
    {
        var report = turn.State.Conversation.Get(ConversationStateKeys.ClosedReport, ConversationJsonContext.Default.ReportState);
        var dialogs = turn.State.Conversation.Get(ConversationStateKeys.ClosedReportDialogs, DialogJsonContext.Default.DialogState);
        turn.State.Conversation.Remove(ConversationStateKeys.ClosedReport);
        turn.State.Conversation.Remove(ConversationStateKeys.ClosedReportDialogs);
        if (report is not null)
        {
            turn.Items[ClosedReportItem] = report;
        }

        if (dialogs is not null)
        {
            turn.Items[ClosedReportDialogsItem] = dialogs;
        }
    }

    /// <summary>Returns the dialog stack kept with <see cref="GetClosedReport"/> for a report from another conversation, or null.</summary>
    public static DialogState? GetClosedReportDialogs(this ITurnContext turn) =>
        turn.Items.TryGetValue(ClosedReportDialogsItem, out var dialogs) ? dialogs as DialogState : null;

    /// <summary>Returns the report that an answer in the previous message ended, or null.</summary>
    public static ReportState? GetClosedReport(this ITurnContext turn) =>
        turn.Items.TryGetValue(ClosedReportItem, out var report) ? report as ReportState : null;

    private const string ClosedReportItem = "helpbot.closedReport";

    private const string ClosedReportDialogsItem = "helpbot.closedReportDialogs";
}
