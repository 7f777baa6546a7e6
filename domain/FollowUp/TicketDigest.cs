using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.FollowUp;

/// <summary>
/// What supervisors bring to the CBMS/PEAK post-build calls: the tickets still open and overdue, and
/// counts of the tickets created in a period by system, page and error category. Metadata only.
/// </summary>
/// <param name="From">Start of the period, inclusive.</param>
/// <param name="To">End of the period, exclusive.</param>
/// <param name="Created">Tickets created in the period.</param>
/// <param name="Open">Every ticket not resolved or closed at <paramref name="To"/>, oldest first.</param>
/// <param name="Overdue">The open tickets whose promised update time has passed, oldest first.</param>
/// <param name="BySystem">Tickets created in the period per system id.</param>
/// <param name="ByPage">Tickets created in the period per page category; "unknown" when none was given.</param>
/// <param name="ByErrorCategory">Tickets created in the period per error category; "unknown" when none was given.</param>
public sealed record TicketDigest(
    DateTimeOffset From,
    DateTimeOffset To,
    int Created,
    IReadOnlyList<Ticket> Open,
    IReadOnlyList<Ticket> Overdue,
    IReadOnlyDictionary<string, int> BySystem,
    IReadOnlyDictionary<string, int> ByPage,
    IReadOnlyDictionary<string, int> ByErrorCategory)
{
    /// <summary>The tickets created in the period, oldest first; <see cref="Created"/> is their count.</summary>
    public IReadOnlyList<Ticket> CreatedTickets { get; init; } = [];
}
