using System.Globalization;
using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.Tickets;

/// <summary>Wording that the ticket cards share: system names, ages, dates and the next step of a ticket.</summary>
public static class TicketTexts
{
    /// <summary>Returns whether the ticket is resolved or closed, which ends its follow-up.</summary>
    public static bool IsClosed(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Status is TicketStatus.Resolved or TicketStatus.Closed;
    }

    /// <summary>Returns whether the promised update time of an open ticket has passed.</summary>
    public static bool IsOverdue(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return !IsClosed(ticket) && ticket.PromisedUpdateBy is { } due && due <= now;
    }

    /// <summary>Returns the content file's short name of <paramref name="systemId"/>, or the id itself.</summary>
    public static string SystemName(DeskAidContent content, string systemId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = content.System(systemId)?.Name;
        return string.IsNullOrWhiteSpace(name) ? systemId : name;
    }

    /// <summary>
    /// Returns the label of <paramref name="status"/> on a ticket about <paramref name="systemId"/>. A PEAK
    /// report goes by e-mail to the help desk and a Connect for Health Colorado report by call to the
    /// Service Center, so each label names only the ticket's own channel.
    /// </summary>
    public static string StatusLabel(string status, string systemId) => (status, systemId == SupportSystems.Peak) switch
    {
        (TicketStatus.Reported, true) => "Reported: I sent the e-mail",
        (TicketStatus.Reported, false) => "Reported: I made the call",
        (TicketStatus.Acknowledged, true) => "Acknowledged: the help desk answered",
        (TicketStatus.Acknowledged, false) => "Acknowledged: the Service Center answered",
        (TicketStatus.Escalated, true) => "Escalated: I asked for the next step up",
        (TicketStatus.Escalated, false) => "Escalated: I asked for a Team Lead or supervisor",
        (TicketStatus.Resolved, _) => "Resolved: the problem is fixed",
        (TicketStatus.Closed, _) => "Closed: withdrawn, duplicate or sent elsewhere",
        _ => status,
    };

    /// <summary>Returns the label of the number input: the help desk's ticket number for PEAK, the Service Center's incident number otherwise.</summary>
    public static string NumberLabel(string systemId) =>
        systemId == SupportSystems.Peak ? "Help desk ticket number" : "Service Center incident number";

    /// <summary>Returns who gives a ticket its number: "the help desk" for PEAK, "the Service Center" otherwise.</summary>
    public static string NumberSource(string systemId) =>
        systemId == SupportSystems.Peak ? "the help desk" : "the Service Center";

    /// <summary>Returns how long ago <paramref name="createdAt"/> was, in whole days: "opened today", "1 day old", "5 days old".</summary>
    public static string Age(DateTimeOffset createdAt, DateTimeOffset now)
    {
        var days = Math.Max(0, (int)(now - createdAt).TotalDays);
        return days switch
        {
            0 => "opened today",
            1 => "1 day old",
            _ => string.Create(CultureInfo.InvariantCulture, $"{days} days old"),
        };
    }

    /// <summary>Formats <paramref name="at"/> in <paramref name="timeZone"/>, such as "Tue Mar 10, 2026 4:30 PM".</summary>
    public static string FormatDate(DateTimeOffset at, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return TimeZoneInfo.ConvertTime(at, timeZone).ToString("ddd MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the urgency in words.</summary>
    public static string Urgency(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Urgency == TicketUrgency.MedicallyUrgent ? "medically urgent" : "normal";
    }

    /// <summary>
    /// Returns the label of the ticket's outside number: the CBMS help desk's ticket number on a PEAK ticket, the
    /// Service Center's incident number otherwise.
    /// </summary>
    public static string NumberLabel(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.System == SupportSystems.Peak ? "Help desk ticket number" : "Incident number";
    }

    /// <summary>
    /// Returns what the owner does next. For PEAK that is sending the drafted e-mail or waiting for the
    /// help desk's ticket number. For Connect for Health Colorado it is calling the Service Center, with
    /// the customer portal note once the ticket has an incident number. An overdue ticket gets the first step of the
    /// escalation chain.
    /// </summary>
    public static string NextStep(Ticket ticket, DeskAidContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(content);
        if (IsClosed(ticket))
        {
            return "Nothing: this ticket is " + ticket.Status + ".";
        }

        return ticket.System == SupportSystems.Peak ? PeakNextStep(ticket, now) : ConnectNextStep(ticket, content, now);
    }

    private static string PeakNextStep(Ticket ticket, DateTimeOffset now) => ticket.Status switch
    {
        TicketStatus.Drafted => "Send the e-mail draft to the CBMS help desk from your own e-mail, then record the status 'reported'.",
        TicketStatus.Escalated => "A supervisor was asked to help. Reply to your e-mail to the help desk if you have news, and record it here.",
        _ when IsOverdue(ticket, now) => "The promised update is overdue: reply to your e-mail to the CBMS help desk and ask for an update, or mark the ticket urgent.",
        TicketStatus.Reported => "Wait for the help desk's reply, then add it here: its ticket number and any time frame it promised.",
        _ when ticket.PromisedUpdateBy is not null => "Wait for the update the help desk promised, then record it here or mark the ticket resolved.",
        _ => "Wait for the fix, then mark the ticket resolved.",
    };

    private static string ConnectNextStep(Ticket ticket, DeskAidContent content, DateTimeOffset now)
    {
        var portal = content.ServiceCenter.StatusCheck.Text;
        var firstEscalation = content.ServiceCenter.Escalation.FirstOrDefault()?.Text ?? "Team Lead";
        var step = ticket.Status switch
        {
            TicketStatus.Drafted => "Call the Service Center with your checklist, then record the status and the incident number.",
            _ when IsOverdue(ticket, now) || ticket.Status == TicketStatus.Escalated =>
                $"Call the Service Center and ask for a {firstEscalation}; the chain is {string.Join(", then ", content.ServiceCenter.Escalation.Select(e => e.Text))}.",
            _ when ticket.PromisedUpdateBy is null =>
                "Wait for the Service Center's update, then record it here. No time frame is recorded for this ticket, so HelpBot reminds you after a few working days.",
            _ => "Wait for the update the Service Center promised, then record it here.",
        };
        // The Service Center opens its ticket during the call, so a ticket without an incident number is not in the portal yet.
        return string.IsNullOrWhiteSpace(portal) || ticket.IncidentNumber is null ? step : step + " " + portal;
    }
}
