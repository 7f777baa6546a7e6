using System.Text;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>Messages of <see cref="CallDetailsActions"/>, worded for the ticket's system: the call of a Service Center ticket, the help desk's reply of a PEAK ticket.</summary>
internal static class CallDetailsReplies
{
    /// <summary>Problem of a call time typed for a PEAK ticket.</summary>
    public const string PeakHasNoCall =
        "A PEAK ticket has no call: its time frame is counted from the help desk's reply. Type the reply's date and time on a 'Replied:' line instead of 'When:'.";

    /// <summary>Problem of a reply time typed for a Connect for Health Colorado ticket.</summary>
    public const string ConnectHasNoReply =
        "The time frame of a Connect for Health Colorado ticket is counted from the call, not from a reply. Type the call's date and time on a 'When:' line instead.";

    /// <summary>Returns the message that confirms saved details: the number, the call or reply time, the promised time and the next reminder.</summary>
    public static string Saved(Ticket ticket, TimeZoneInfo timeZone, DeskAidContent content)
    {
        var peak = ticket.System == SupportSystems.Peak;
        var text = new StringBuilder(peak ? "Saved the help desk's reply on ticket " : "Saved the call details of ticket ").Append(ticket.Id)
            .Append(peak ? ": help desk ticket number " : ": incident number ").Append(ticket.IncidentNumber ?? "none yet");
        if (ticket.CalledAt is { } calledAt)
        {
            text.Append(", called ").Append(TicketTexts.FormatDate(calledAt, timeZone));
        }

        if (ticket.RepliedAt is { } repliedAt)
        {
            text.Append(", reply received ").Append(TicketTexts.FormatDate(repliedAt, timeZone));
        }

        text.Append(ticket.PromisedUpdateBy is { } promised
            ? ", update promised by " + TicketTexts.FormatDate(promised, timeZone)
            : ", no promised time frame");
        if (ticket.PromisedTimeFrame is { } timeFrame)
        {
            text.Append(" (").Append(timeFrame).Append(peak ? " from the reply)" : " from the call)");
        }

        text.Append('.');
        if (ticket.IsOpen && ticket.NextReminderAt is { } next)
        {
            text.Append(" If no update comes, I remind you ").Append(TicketTexts.FormatDate(next, timeZone)).Append('.');
        }

        if (!peak && ticket.CalledAt is { } called && ServiceCenterHours.ClosedNote(content, called) is { } closedNote)
        {
            text.Append(' ').Append(closedNote);
        }

        return text.ToString();
    }

    /// <summary>Returns the typed format of the details for the ticket's system, sent when a request carries none.</summary>
    public static string Usage(Ticket ticket) => ticket.System == SupportSystems.Peak
        ? $"To add the help desk's reply to ticket {ticket.Id}, type 'update ticket {ticket.Id}' and one line each for what you have:\n" +
          "Incident: (the help desk's ticket number)\nReplied: (date and time of the reply)\nTime frame: (the time frame the reply promised, such as 3 business days, or none)\n" +
          "Or use the card below."
        : $"To add or correct the call details of ticket {ticket.Id}, type 'update ticket {ticket.Id}' and one line each for what you have:\n" +
          "Incident: (the incident number)\nWhen: (date and time of the call)\nTime frame: (the promised time frame, such as 3 business days, or none)\n" +
          "Or use the card below.";
}
