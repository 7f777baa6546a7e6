using System.Globalization;
using System.Text;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>Lists the user's tickets: system, incident number, age and status.</summary>
public static class TicketReplies
{
    public static async Task SendListAsync(ITurnContext turn, ConversationServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(services);
        var channelId = turn.Activity.ChannelId ?? "unknown";
        var ownerId = turn.Activity.From?.Id ?? "unknown";
        var tickets = await services.Tickets.ListByOwnerAsync(channelId, ownerId, cancellationToken);
        Log.TicketsListed(services.Logger, tickets.Count);
        if (tickets.Count == 0)
        {
            await Reply.SendStepAsync(turn, ConversationSteps.Tickets, "You have no tickets logged with me yet. When you report a problem, I keep its ticket here.", cancellationToken);
            return;
        }

        var now = services.TimeProvider.GetUtcNow();
        var text = new StringBuilder("Your tickets, newest first:\n");
        foreach (var ticket in tickets)
        {
            var system = services.Content.System(ticket.System)?.Name ?? ticket.System;
            var incident = ticket.IncidentNumber ?? "no incident number yet";
            var days = Math.Max(0, (int)(now - ticket.CreatedAt).TotalDays);
            text.Append(CultureInfo.InvariantCulture, $"\n- {system}, {incident}, opened {Age(days)}, status: {ticket.Status}");
        }

        text.Append("\n\nCustomers can also see the status of a Connect for Health Colorado ticket in their customer portal.");
        await Reply.SendStepAsync(turn, ConversationSteps.Tickets, text.ToString(), cancellationToken);
    }

    private static string Age(int days) => days switch
    {
        0 => "today",
        1 => "1 day ago",
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
    };
}
