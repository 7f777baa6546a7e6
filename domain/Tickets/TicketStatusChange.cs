namespace HelpBot.Domain.Tickets;

/// <summary>One entry of a ticket's history: a status change, or a change of its details under the status it had.</summary>
/// <param name="Status">One of <see cref="TicketStatus"/>: the status from <paramref name="At"/> on.</param>
/// <param name="At">When the status was set or the details changed.</param>
/// <param name="Detail">
/// The details that changed, such as "incident number, call time"; null for an entry that only sets
/// the status. It names the fields, never their values.
/// </param>
public sealed record TicketStatusChange(string Status, DateTimeOffset At, string? Detail = null);
