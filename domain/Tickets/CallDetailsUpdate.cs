namespace HelpBot.Domain.Tickets;

/// <summary>
/// Details the owner adds to a ticket, or corrects, after it was created. They are the incident or help
/// desk ticket number, the time frame promised for an update, and the time it is counted from: the
/// call to the Service Center or, on a PEAK ticket, the help desk's reply. Null values keep what the
/// ticket has.
/// </summary>
/// <param name="IncidentNumber">The number to keep, already checked; null keeps the ticket's.</param>
/// <param name="CalledAt">When the call was; null keeps the ticket's call time.</param>
/// <param name="TimeFrame">The promised time frame, counted from the call or the reply; null keeps the ticket's.</param>
/// <param name="NoTimeFrame">True when no time frame was promised, which removes the ticket's time frame and promised time.</param>
/// <param name="RepliedAt">When the PEAK help desk's reply came; null keeps the ticket's reply time.</param>
public sealed record CallDetailsUpdate(
    string? IncidentNumber = null,
    DateTimeOffset? CalledAt = null,
    TimeFrame? TimeFrame = null,
    bool NoTimeFrame = false,
    DateTimeOffset? RepliedAt = null)
{
    public const string IncidentNumberDetail = "incident number";
    public const string CallTimeDetail = "call time";
    public const string ReplyTimeDetail = "reply time";
    public const string TimeFrameDetail = "time frame";

    /// <summary>True when the update carries no value at all.</summary>
    public bool IsEmpty => IncidentNumber is null && CalledAt is null && RepliedAt is null && TimeFrame is null && !NoTimeFrame;

    /// <summary>
    /// Applies the update to <paramref name="ticket"/> and returns the names of the details that
    /// changed, empty when none did. The promised time is the end of the time frame counted from the
    /// call or reply time (<see cref="Ticket.TimeFrameStart"/>), by <see cref="TimeFrame.EndFrom"/> as
    /// <see cref="CallLog.ApplyTo"/> counts it, so a corrected call time counts the frame again. A
    /// ticket stored before the time frame was kept has only its promised time, which moves by as much
    /// as the call or reply time moved. The first call time moves a drafted ticket to reported,
    /// and the first number or PEAK reply moves a drafted or reported ticket to acknowledged, because the help desk answered. The change is recorded
    /// in <see cref="Ticket.History"/> at <paramref name="now"/>.
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

        var previousStart = ticket.TimeFrameStart;
        SetTime(CalledAt, ticket.CalledAt, value => ticket.CalledAt = value, CallTimeDetail, changed);
        SetTime(RepliedAt, ticket.RepliedAt, value => ticket.RepliedAt = value, ReplyTimeDetail, changed);

        var timeFrame = NoTimeFrame ? null : TimeFrame ?? ticket.PromisedTimeFrame;
        var promised = Promised(ticket, timeFrame, previousStart);
        if (timeFrame != ticket.PromisedTimeFrame || promised != ticket.PromisedUpdateBy)
        {
            ticket.PromisedTimeFrame = timeFrame;
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

    private static void SetTime(DateTimeOffset? value, DateTimeOffset? current, Action<DateTimeOffset> set, string detail, List<string> changed)
    {
        if (value is { } time && time != current)
        {
            set(time);
            changed.Add(detail);
        }
    }

    // The promised time after the update, with the call or reply time already applied to the ticket.
    private DateTimeOffset? Promised(Ticket ticket, TimeFrame? timeFrame, DateTimeOffset? previousStart)
    {
        if (NoTimeFrame)
        {
            return null;
        }

        var start = ticket.TimeFrameStart;
        if (timeFrame is not null)
        {
            return start is { } from ? timeFrame.EndFrom(from) : ticket.PromisedUpdateBy;
        }

        // A ticket stored before the time frame was kept: its promised time moves with the start.
        return ticket.PromisedUpdateBy is { } promised && previousStart is { } previous && start is { } current
            ? promised + (current - previous)
            : ticket.PromisedUpdateBy;
    }

    private static void AdvanceStatus(Ticket ticket, DateTimeOffset now)
    {
        var status = ticket.Status switch
        {
            TicketStatus.Drafted or TicketStatus.Reported when ticket.IncidentNumber is not null || ticket.RepliedAt is not null => TicketStatus.Acknowledged,
            TicketStatus.Drafted when ticket.TimeFrameStart is not null => TicketStatus.Reported,
            _ => ticket.Status,
        };
        if (status != ticket.Status)
        {
            ticket.SetStatus(status, now);
        }
    }
}
