namespace HelpBot.Dialogs.Conversation.Markers;

/// <summary>Values of <see cref="HelpBotMarker.Step"/>: statements that ask nothing.</summary>
public static class ConversationSteps
{
    public const string Welcome = "welcome";
    public const string CbmsPath = "cbmsPath";
    public const string TrainingAnswer = "trainingAnswer";
    public const string Elsewhere = "elsewhere";
    public const string Fixed = "fixed";
    public const string UrgentContacts = "urgentContacts";
    public const string RoleNote = "roleNote";
    public const string TicketLogged = "ticketLogged";
    public const string Tickets = "tickets";
    public const string HelpTopic = "helpTopic";
    public const string WhatToExpect = "whatToExpect";
    public const string PasswordWarning = "passwordWarning";
    public const string OldBookmark = "oldBookmark";

    /// <summary>How to find the page's address, sent when the user is not sure which website it is.</summary>
    public const string AddressHelp = "addressHelp";
    public const string Draft = "draft";

    /// <summary>The reply to files sent at a question other than the screenshot question: kept for the report, or why not.</summary>
    public const string UploadReceived = "uploadReceived";
    public const string Checklist = "checklist";

    /// <summary>The outcome of a follow-up action on a ticket (status, incident number, urgent, acknowledge, note, take over).</summary>
    public const string TicketChange = "ticketChange";

    /// <summary>A ticket's card with its actions, sent after a change or a rejected value.</summary>
    public const string TicketCard = "ticketCard";

    public const string Digest = "digest";

    public const string SupervisorAdded = "supervisorAdded";

    /// <summary>A follow-up request that was not allowed or not valid, with the reason.</summary>
    public const string FollowUpRejected = "followUpRejected";

    /// <summary>The user's own channel user id, shown for supervisor setup.</summary>
    public const string UserId = "userId";

    /// <summary>A report from another conversation was moved into this one, right before its open question.</summary>
    public const string ReportResumed = "reportResumed";

    /// <summary>
    /// Returns true for the statements about tickets rather than the report in progress, whose markers
    /// carry no report system or kind.
    /// </summary>
    public static bool IsAboutTickets(string? step) =>
        step is Tickets or TicketChange or TicketCard or Digest or SupervisorAdded or FollowUpRejected or UserId;
}
