namespace HelpBot.Domain.Tickets;

/// <summary>One entry of a ticket's status history.</summary>
/// <param name="Status">One of <see cref="TicketStatus"/>.</param>
/// <param name="At">When the status was set.</param>
public sealed record TicketStatusChange(string Status, DateTimeOffset At);
