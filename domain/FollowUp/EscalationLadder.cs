using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.FollowUp;

/// <summary>
/// The escalation steps a reminder suggests, one rung per reminder. For Connect for Health Colorado
/// the Service Center's chain of command is Team Lead, then Supervisor, then Manager, then Director,
/// asked for on a new call with the customer present. The CBMS help desk has no such chain, so PEAK
/// tickets move from e-mailing again to the CBMS/PEAK post-build calls for CBOs and then to the
/// enrollment entity that can complete the enrollment.
/// </summary>
public static class EscalationLadder
{
    public static IReadOnlyList<EscalationStep> ServiceCenter { get; } =
    [
        new("Team Lead",
            "Call the Service Center with the customer present, give the incident number, say that the promised time frame passed without an update (or that the case is medically urgent), and ask for a Team Lead."),
        new("Supervisor",
            "Call the Service Center again, give the incident number and the dates of your earlier calls, and ask for a Supervisor."),
        new("Manager",
            "Call the Service Center, give the incident number and every call date so far, and ask for a Manager."),
        new("Director",
            "Call the Service Center, give the incident number, every call date and the effect on the customer's enrollment, and ask for the Director."),
    ];

    public static IReadOnlyList<EscalationStep> CbmsHelpDesk { get; } =
    [
        new("E-mail the CBMS help desk again",
            "Send the report again with the same details and the date of your first e-mail, and ask for the help desk ticket (HDT) number. Leave out personal data unless the e-mail is encrypted."),
        new("CBMS/PEAK post-build call",
            "Bring the HelpBot ticket id, the page and the error to the next CBMS/PEAK post-build call for CBOs."),
        new("Enrollment entity",
            "If the case is medically urgent or taking long, contact the enrollment entity (the county of residence, Denver Health's medical assistance program or Connect for Health Colorado) to complete the enrollment."),
    ];

    /// <summary>
    /// The Team Lead step of a Service Center ticket that has no promised time frame, which asks for
    /// an update instead of saying that a time frame passed.
    /// </summary>
    public static EscalationStep TeamLeadWithoutTimeFrame { get; } = new(
        "Team Lead",
        "Call the Service Center with the customer present, give the incident number, say that no update came since your call and no time frame was given (or that the case is medically urgent), and ask for a Team Lead.");

    /// <summary>The step for a PEAK ticket whose e-mail has not gone out yet.</summary>
    public static EscalationStep SendDraft { get; } = new(
        "Send the e-mail",
        "Send the e-mail draft to the CBMS help desk, then record the ticket as reported so HelpBot waits for the reply.");

    /// <summary>The step for a Connect for Health Colorado ticket whose call has not been made yet.</summary>
    public static EscalationStep MakeCall { get; } = new(
        "Call the Service Center",
        "Call the Service Center with the customer present and the call checklist, then add the incident number to the ticket so HelpBot waits for the promised update.");

    /// <summary>Returns the ladder of <paramref name="system"/>: the Service Center's, or the CBMS help desk's for PEAK.</summary>
    public static IReadOnlyList<EscalationStep> For(string system) =>
        system == SupportSystems.Peak ? CbmsHelpDesk : ServiceCenter;

    /// <summary>Returns the step the next reminder of <paramref name="ticket"/> suggests.</summary>
    public static EscalationStep NextStep(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return StepAt(ticket, ticket.EscalationLevel);
    }

    /// <summary>Returns the step at <paramref name="level"/> of the ticket's ladder, or the step its urgency or draft status (e-mail not sent, call not made) calls for.</summary>
    public static EscalationStep StepAt(Ticket ticket, int level)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        // For medically urgent cases the desk aid points to the enrollment entity, not to more e-mails.
        if (ticket.System == SupportSystems.Peak && ticket.IsUrgent)
        {
            return CbmsHelpDesk[^1];
        }

        if (ticket.System == SupportSystems.Peak && ticket.Status == TicketStatus.Drafted)
        {
            return SendDraft;
        }

        if (ticket.Status == TicketStatus.Drafted)
        {
            return MakeCall;
        }

        var ladder = For(ticket.System);
        var step = ladder[Math.Clamp(level, 0, ladder.Count - 1)];
        return step == ServiceCenter[0] && ticket.PromisedUpdateBy is null ? TeamLeadWithoutTimeFrame : step;
    }
}
