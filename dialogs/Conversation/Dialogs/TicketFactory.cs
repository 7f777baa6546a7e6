using HelpBot.Domain.Reports;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>Creates tickets from reports, copying metadata only: no names, case numbers or free text.</summary>
public static class TicketFactory
{
    public static Ticket Create(ITurnContext turn, IssueReport report, string system, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(report);
        var ticket = new Ticket
        {
            System = system,
            OwnerId = turn.Activity.From?.Id ?? "unknown",
            ChannelId = turn.Activity.ChannelId ?? "unknown",
            CreatedAt = now,
            Urgency = report.MedicallyUrgent == true ? TicketUrgency.MedicallyUrgent : TicketUrgency.Normal,
            PageCategory = report.PageCategory,
            ErrorCategory = report.ErrorCategory,
        };
        ticket.SetStatus(TicketStatus.Drafted, now);
        return ticket;
    }
}
