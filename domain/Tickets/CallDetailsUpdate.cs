namespace HelpBot.Domain.Tickets;

/// <summary>
/// Call details the owner adds to a ticket, or corrects, after it was created: the incident or help
/// desk ticket number, the time of the call to the Service Center, and the update time the
/// representative promised. Null values keep what the ticket has.
/// </summary>
/// <param name="IncidentNumber">The number to keep, already checked; null keeps the ticket's.</param>
/// <param name="CalledAt">When the call was; null keeps the ticket's call time.</param>
/// <param name="PromisedUpdateBy">The end of the promised time frame, counted from the call; null keeps or shifts the ticket's.</param>
/// <param name="NoTimeFrame">True when the representative promised no time frame, which removes the ticket's promised time.</param>
public sealed record CallDetailsUpdate(
    string? IncidentNumber = null,
    DateTimeOffset? CalledAt = null,
    DateTimeOffset? PromisedUpdateBy = null,
    bool NoTimeFrame = false)
{
    public const string IncidentNumberDetail = "incident number";
    public const string CallTimeDetail = "call time";
    public const string TimeFrameDetail = "time frame";

    /// <summary>True when the update carries no value at all.</summary>
    public bool IsEmpty => IncidentNumber is null && CalledAt is null && PromisedUpdateBy is null && !NoTimeFrame;

    /// <summary>
    /// Applies the update to <paramref name="ticket"/> and returns the names of the details that
    /// changed, empty when none did. A new call time without a new time frame moves the promised time
    /// by as much as the call time moved. The first call time moves a drafted ticket to reported, and
    /// the first number moves a drafted or reported ticket to acknowledged, as <see cref="CallLog.ApplyTo"/>
    /// does. The change is recorded in <see cref="Ticket.History"/> at <paramref name="now"/>.
    /// </summary>
    public IReadOnlyList<string> ApplyTo(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var changed = new List<string>();
        if (IncidentNumber?.Trim() is { Length: > 0 } number && number != ticket.IncidentNumber)
        {
            ticket.IncidentNumber = number;
            changed.Add(IncidentNumberDetail);
        }

        var promised = PromisedUpdateBy ?? (NoTimeFrame ? null : ticket.PromisedUpdateBy);
        if (CalledAt is { } calledAt && calledAt != ticket.CalledAt)
        {
            // NOTE: the ticket keeps the promised time, not the time frame, so a frame in business days moves
            // by the same span and can end on a weekend day after a move across one.
            if (PromisedUpdateBy is null && !NoTimeFrame && ticket.CalledAt is { } previous && promised is not null)
            {
                promised += calledAt - previous;
            }

            ticket.CalledAt = calledAt;
            changed.Add(CallTimeDetail);
        }

        if (promised != ticket.PromisedUpdateBy)
        {
            ticket.PromisedUpdateBy = promised;
            changed.Add(TimeFrameDetail);
        }

        if (changed.Count > 0)
        {
            AdvanceStatus(ticket, now);
            ticket.RecordDetailChange(string.Join(", ", changed), now);
        }

        return changed;
    }

    private static void AdvanceStatus(Ticket ticket, DateTimeOffset now)
    {
        var status = ticket.Status switch
        {
            TicketStatus.Drafted or TicketStatus.Reported when ticket.IncidentNumber is not null => TicketStatus.Acknowledged,
            TicketStatus.Drafted when ticket.CalledAt is not null => TicketStatus.Reported,
            _ => ticket.Status,
        };
        if (status != ticket.Status)
        {
            ticket.SetStatus(status, now);
        }
    }
}
