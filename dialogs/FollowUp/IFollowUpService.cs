using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Changes tickets after they are created, schedules their reminders and notifies the people involved:
/// the owner when a supervisor acknowledges or takes over, supervisors when a ticket is urgent or
/// overdue. Every change is checked against the actor (owner, supervisor) and saved with the
/// ticket's ETag; notices go out through <see cref="Runtime.Proactive.IProactiveSender"/>.
/// </summary>
public interface IFollowUpService
{
    /// <summary>Schedules the first reminder of a new ticket and, when it is urgent, prompts the supervisors at once.</summary>
    Task OnTicketCreatedAsync(Ticket ticket, CancellationToken cancellationToken);

    /// <summary>The owner records a new status (<see cref="TicketStatus"/>), which also reschedules the reminder.</summary>
    Task<TicketChangeResult> RecordStatusAsync(TicketActor actor, string ticketId, string status, CancellationToken cancellationToken);

    /// <summary>The owner adds the help desk ticket number or Service Center incident number.</summary>
    Task<TicketChangeResult> SetIncidentNumberAsync(TicketActor actor, string ticketId, string incidentNumber, CancellationToken cancellationToken);

    /// <summary>
    /// The owner adds or corrects the call details (<see cref="CallDetailsUpdate"/>): the incident number,
    /// the call time and the promised time frame or, on a PEAK ticket, the help desk's reply time in
    /// place of the call time. The change goes into the ticket's history, and the next reminder is
    /// counted from the new promised time.
    /// </summary>
    Task<TicketChangeResult> SetCallDetailsAsync(TicketActor actor, string ticketId, CallDetailsUpdate update, CancellationToken cancellationToken);

    /// <summary>The owner marks the ticket urgent; supervisors are prompted at once.</summary>
    Task<TicketChangeResult> MarkUrgentAsync(TicketActor actor, string ticketId, CancellationToken cancellationToken);

    /// <summary>Records a supervisor's acknowledgement of an escalated ticket and notifies the owner.</summary>
    Task<TicketChangeResult> AcknowledgeAsync(TicketActor supervisor, string ticketId, CancellationToken cancellationToken);

    /// <summary>A supervisor adds a note; the text is redacted of personal data before it is kept.</summary>
    Task<TicketChangeResult> AddNoteAsync(TicketActor supervisor, string ticketId, string note, CancellationToken cancellationToken);

    /// <summary>Hands the ticket to a supervisor, who gets its reminders from then on, and notifies the owner.</summary>
    Task<TicketChangeResult> TakeOverAsync(TicketActor supervisor, string ticketId, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the open reminders of the owner's tickets after the owner saw them in "my tickets", so
    /// the next reminder due is sent again. Returns how many were closed. Tickets a supervisor took
    /// over keep theirs, because their reminders go to the supervisor.
    /// </summary>
    Task<int> MarkRemindersSeenAsync(TicketActor owner, CancellationToken cancellationToken);

    /// <summary>Counts and lists the tickets of a period for a supervisor's digest.</summary>
    Task<Domain.FollowUp.TicketDigest> CreateDigestAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Sends every reminder and escalation that is due at the current time, each once; returns how many went out.</summary>
    Task<int> SendDueAsync(CancellationToken cancellationToken);
}
