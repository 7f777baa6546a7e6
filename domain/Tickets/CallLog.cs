namespace HelpBot.Domain.Tickets;

/// <summary>
/// What the user wrote down after calling the Service Center.
/// </summary>
/// <remarks>
/// The representative's first name is staff data, not customer PII, but the ticket keeps metadata
/// only: <see cref="ApplyTo"/> copies the call time, incident number and time frame and drops the
/// name. Keep the call log in conversation state only, so the bot can repeat the name when the user
/// escalates in the same conversation. The call checklist tells users to note the name themselves.
/// </remarks>
/// <param name="CalledAt">Date and time of the call.</param>
/// <param name="IncidentNumber">Ticket incident number the representative gave; null when none was given.</param>
/// <param name="PromisedTimeFrame">Time frame for an update the representative gave; null when none was given.</param>
/// <param name="RepresentativeFirstName">First name only; never copied to the ticket.</param>
public sealed record CallLog(
    DateTimeOffset CalledAt,
    string? IncidentNumber,
    TimeFrame? PromisedTimeFrame,
    string? RepresentativeFirstName = null)
{
    /// <summary>
    /// Copies the call's metadata to <paramref name="ticket"/>: call time, incident number, time frame
    /// with the promised update time it leads to from the call (<see cref="TimeFrame.EndFrom"/>), and
    /// status acknowledged (with a number) or reported (without).
    /// </summary>
    public void ApplyTo(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.CalledAt = CalledAt;
        if (!string.IsNullOrWhiteSpace(IncidentNumber))
        {
            ticket.IncidentNumber = IncidentNumber.Trim();
        }

        if (PromisedTimeFrame is { } timeFrame)
        {
            ticket.PromisedTimeFrame = timeFrame;
            ticket.PromisedUpdateBy = timeFrame.EndFrom(CalledAt);
        }

        var status = ticket.IncidentNumber is null ? TicketStatus.Reported : TicketStatus.Acknowledged;
        ticket.SetStatus(status, CalledAt);
    }
}
