using HelpBot.Dialogs.Conversation.Serialization;
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

    /// <summary>Returns the kept problem description and removes it, or null when there is none.</summary>
    public static string? TakePendingDescription(this ITurnContext turn)
    {
        var text = turn.State.Conversation.Get(ConversationStateKeys.PendingDescription, ConversationJsonContext.Default.String);
        turn.State.Conversation.Remove(ConversationStateKeys.PendingDescription);
        return text;
    }
}
