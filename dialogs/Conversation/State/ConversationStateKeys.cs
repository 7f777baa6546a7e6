namespace HelpBot.Dialogs.Conversation.State;

/// <summary>Keys of the conversation's values in conversation and user state.</summary>
public static class ConversationStateKeys
{
    /// <summary>Conversation state: the <see cref="ReportState"/> in progress.</summary>
    public const string Report = "report";

    /// <summary>Conversation state: true once the greeting was sent.</summary>
    public const string Welcomed = "welcomed";

    /// <summary>Conversation state: a problem description typed while a first-time question was open.</summary>
    public const string PendingDescription = "pendingDescription";

    /// <summary>Conversation state: true once this conversation offered to continue an unfinished report.</summary>
    public const string ResumeOffered = "resumeOffered";

    /// <summary>
    /// Conversation state: the command ("changeAnswers" or "notCbms") that waits for the user to confirm that it
    /// drops the report in progress.
    /// </summary>
    public const string PendingChange = "pendingChange";

    /// <summary>
    /// Conversation state: the <see cref="ReportState"/> of a report that an answer such as "fixed" ended, kept for
    /// one more message so that "back" can reopen it.
    /// </summary>
    public const string ClosedReport = "closedReport";

    /// <summary>
    /// Conversation state: the dialog stack of the unfinished report from another conversation that "Start fresh"
    /// dropped, kept with <see cref="ClosedReport"/> for one more message so that "back" can continue it.
    /// </summary>
    public const string ClosedReportDialogs = "closedReportDialogs";

    /// <summary>User state: the <see cref="UserProfile"/>.</summary>
    public const string Profile = "profile";

    /// <summary>User state: the <see cref="UnfinishedReportLink"/> to the conversation with the user's report in progress.</summary>
    public const string UnfinishedReport = "unfinishedReport";
}
