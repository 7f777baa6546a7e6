using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.FollowUp;

/// <summary>Builds a <see cref="TicketDigest"/> from tickets, judging each as it stood at the end of the period.</summary>
public static class DigestBuilder
{
    /// <summary>Key of the counts for tickets without a page or error category.</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// Builds the digest of [<paramref name="from"/>, <paramref name="to"/>) from
    /// <paramref name="tickets"/>, which may contain more tickets than the period's; each ticket is
    /// counted once even when it appears twice.
    /// </summary>
    public static TicketDigest Build(IEnumerable<Ticket> tickets, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        var all = tickets.DistinctBy(t => t.Id, StringComparer.Ordinal).OrderBy(t => t.CreatedAt).ToList();
        var created = all.Where(t => t.CreatedAt >= from && t.CreatedAt < to).ToList();
        var open = all.Where(t => t.CreatedAt < to && IsOpenAt(t, to)).ToList();
        var overdue = open.Where(t => IsOverdueAt(t, to)).ToList();
        return new TicketDigest(
            from,
            to,
            created.Count,
            open,
            overdue,
            Count(created, t => t.System),
            Count(created, t => t.PageCategory),
            Count(created, t => t.ErrorCategory))
        {
            CreatedTickets = created,
        };
    }

    /// <summary>True when the ticket's last status set before <paramref name="at"/> is neither resolved nor closed.</summary>
    public static bool IsOpenAt(Ticket ticket, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var status = ticket.History.LastOrDefault(change => change.At < at)?.Status ?? ticket.Status;
        return status is not (TicketStatus.Resolved or TicketStatus.Closed);
    }

    /// <summary>True when the ticket was open at <paramref name="at"/> and its promised update time had passed.</summary>
    public static bool IsOverdueAt(Ticket ticket, DateTimeOffset at) =>
        IsOpenAt(ticket, at) && ticket.PromisedUpdateBy is { } promised && promised < at;

    private static Dictionary<string, int> Count(List<Ticket> tickets, Func<Ticket, string?> key) =>
        tickets
            .GroupBy(t => string.IsNullOrWhiteSpace(key(t)) ? Unknown : key(t)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
