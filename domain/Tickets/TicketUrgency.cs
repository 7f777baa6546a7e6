namespace HelpBot.Domain.Tickets;

/// <summary>Values of <see cref="Ticket.Urgency"/>.</summary>
public static class TicketUrgency
{
    public const string Normal = "normal";

    /// <summary>Medically urgent: escalate at once and consider the enrollment entities.</summary>
    public const string MedicallyUrgent = "medically-urgent";
}
