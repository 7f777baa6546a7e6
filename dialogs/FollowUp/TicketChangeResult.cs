using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>Outcome of a ticket change, with the ticket as saved when it exists.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Ticket">The ticket after the change, or as found; null for <see cref="TicketChangeOutcome.NotFound"/>.</param>
public sealed record TicketChangeResult(TicketChangeOutcome Outcome, Ticket? Ticket);
