namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>
/// Values of <c>action</c> in the submits of follow-up cards (ticket list, reminder, escalation,
/// digest). These cards are not prompts: their submits are handled whatever dialog is active, so
/// they carry no prompt id. Each also carries <see cref="FollowUpKeys.TicketId"/> where a ticket is meant.
/// </summary>
public static class FollowUpActions
{
    public const string ListTickets = "tickets.list";
    public const string RecordUpdate = "ticket.update";
    public const string AddIncidentNumber = "ticket.incident";

    /// <summary>
    /// Adds or corrects the call details (incident number, call time and promised time frame) or, on a
    /// PEAK ticket, the help desk's reply (its ticket number, reply time and promised time frame).
    /// </summary>
    public const string SetCallDetails = "ticket.callDetails";
    public const string Resolve = "ticket.resolve";
    public const string MarkUrgent = "ticket.urgent";
    public const string Acknowledge = "ticket.acknowledge";
    public const string AddNote = "ticket.note";
    public const string TakeOver = "ticket.takeOver";
    public const string Digest = "tickets.digest";
    public const string AddSupervisor = "supervisors.add";

    /// <summary>The typed "my user id" command: shows the user their id, which admins need to add supervisors.</summary>
    public const string ShowUserId = "user.showId";

    private static readonly HashSet<string> Known =
        [ListTickets, RecordUpdate, AddIncidentNumber, SetCallDetails, Resolve, MarkUrgent, Acknowledge, AddNote, TakeOver, Digest, AddSupervisor, ShowUserId];

    /// <summary>Returns <paramref name="action"/> when it is a known action, otherwise "unknown"; submits can be forged, so only known names are logged.</summary>
    public static string ForLog(string? action) => action is not null && Known.Contains(action) ? action : "unknown";

    /// <summary>True when <paramref name="action"/> is one of the follow-up actions.</summary>
    public static bool IsFollowUp(string? action) => action is not null &&
        (action.StartsWith("ticket.", StringComparison.Ordinal) || action.StartsWith("tickets.", StringComparison.Ordinal) || action == AddSupervisor);
}
