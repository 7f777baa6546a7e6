using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// Stores the ticket of a finished report and starts its follow-up: the ticket keeps the conversation
/// and the user's time zone (so reminders reach the user there, in working hours), and
/// <see cref="IFollowUpService.OnTicketCreatedAsync"/> schedules the first reminder and prompts the
/// supervisors at once when the ticket is urgent.
/// </summary>
public sealed class TicketCreation(ConversationServices services, IFollowUpService followUp)
{
    /// <summary>Stores <paramref name="ticket"/>, remembers its id in the report state and schedules its follow-up; returns it as stored.</summary>
    public async Task<Ticket> CreateAsync(ITurnContext turn, Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.ConversationId = turn.Activity.Conversation?.Id;
        ticket.TimeZone = services.GetTimeZone(turn).Id;
        var stored = await services.Tickets.CreateAsync(ticket, cancellationToken);
        turn.UpdateReport(report => report.TicketId = stored.Id);
        await followUp.OnTicketCreatedAsync(stored, cancellationToken);
        Log.TicketFollowUpStarted(services.Logger, stored.Id);
        return stored;
    }
}
