using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>The messages that tell the user what became of a follow-up action.</summary>
internal static class FollowUpReplies
{
    public const string MissingTicket =
        "That button is missing its ticket. Type 'my tickets' to get your tickets with fresh buttons.";

    /// <summary>The message for an owner's action on a ticket that is missing or belongs to someone else.</summary>
    public static string NotYours(string ticketId) => $"I could not find ticket {ticketId}. Type 'my tickets' to see your tickets.";

    /// <summary>Returns the message for <paramref name="result"/> of <paramref name="action"/> on ticket <paramref name="ticketId"/>.</summary>
    public static string Describe(string action, string ticketId, TicketChangeResult result) => result.Outcome switch
    {
        TicketChangeOutcome.Changed => Changed(action, ticketId, result.Ticket),
        TicketChangeOutcome.NotFound => NotYours(ticketId),
        TicketChangeOutcome.NotAllowed => IsSupervisorAction(action)
            ? $"Only supervisors can acknowledge, add notes to or take over ticket {ticketId}. If you should be one, ask your HelpBot admin to add you."
            : $"Only the person who reported ticket {ticketId}, or a supervisor, can change it.",
        TicketChangeOutcome.Invalid => $"I could not save that on ticket {ticketId}: the value is not valid. Check it and try again; nothing else changed.",
        TicketChangeOutcome.Finished =>
            $"Ticket {ticketId} is already {result.Ticket?.Status}, so nothing changed. To open it again, record the status it has now, such as reported.",
        _ => Unchanged(action, ticketId, result.Ticket),
    };

    public static bool IsSupervisorAction(string action) =>
        action is FollowUpActions.Acknowledge or FollowUpActions.AddNote or FollowUpActions.TakeOver;

    private static string Changed(string action, string ticketId, Ticket? ticket) => action switch
    {
        FollowUpActions.AddIncidentNumber => $"Saved the incident number {ticket?.IncidentNumber} on ticket {ticketId}.",
        FollowUpActions.MarkUrgent => $"Ticket {ticketId} is marked medically urgent.",
        FollowUpActions.Acknowledge => $"You acknowledged ticket {ticketId}. I told its owner.",
        FollowUpActions.AddNote => $"I added your note to ticket {ticketId}, with any personal data removed.",
        FollowUpActions.TakeOver => $"Ticket {ticketId} is yours now: its reminders come to you from here on. I told its owner.",
        _ => $"Saved: ticket {ticketId} is now {ticket?.Status}.",
    };

    private static string Unchanged(string action, string ticketId, Ticket? ticket) => action switch
    {
        FollowUpActions.Acknowledge => $"Ticket {ticketId} was already acknowledged.",
        FollowUpActions.TakeOver => $"Ticket {ticketId} is already yours.",
        FollowUpActions.MarkUrgent => $"Ticket {ticketId} is already marked medically urgent.",
        FollowUpActions.AddIncidentNumber => $"Ticket {ticketId} already has that incident number.",
        _ => $"Ticket {ticketId} is already {ticket?.Status}; nothing changed.",
    };
}
