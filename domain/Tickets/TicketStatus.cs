namespace HelpBot.Domain.Tickets;

/// <summary>Values of <see cref="Ticket.Status"/>.</summary>
public static class TicketStatus
{
    /// <summary>The e-mail draft or call checklist was handed to the user; not yet sent or called.</summary>
    public const string Drafted = "drafted";

    /// <summary>The user sent the e-mail or made the call.</summary>
    public const string Reported = "reported";

    /// <summary>The help desk or Service Center gave an incident or ticket number.</summary>
    public const string Acknowledged = "acknowledged";

    /// <summary>No update came within the promised time frame, or the case is medically urgent.</summary>
    public const string Escalated = "escalated";

    public const string Resolved = "resolved";

    /// <summary>Closed without a fix (withdrawn, duplicate, or sent elsewhere).</summary>
    public const string Closed = "closed";
}
