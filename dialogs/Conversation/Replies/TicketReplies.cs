using System.Text;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>
/// Sends the user's tickets: the <see cref="MyTicketsCard"/> summary, then a
/// <see cref="TicketUpdateCard"/> with the owner's actions for each open ticket, all in one message.
/// </summary>
public static class TicketReplies
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static async Task SendListAsync(ITurnContext turn, ConversationServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(services);
        var channelId = turn.Activity.ChannelId ?? "unknown";
        var ownerId = turn.Activity.From?.Id ?? "unknown";
        var tickets = await services.Tickets.ListByOwnerAsync(channelId, ownerId, cancellationToken);
        Log.TicketsListed(services.Logger, tickets.Count);

        var now = services.TimeProvider.GetUtcNow();
        var timeZone = services.GetTimeZone(turn);
        var cards = new List<StepCard> { MyTicketsCard.Build(tickets, services.Content, now) };
        cards.AddRange(MyTicketsCard.Listed(tickets).Select(ticket => TicketUpdateCard.Build(ticket, services.Content, now, timeZone)));
        await Reply.SendStepAsync(turn, ConversationSteps.Tickets, CreateActivity(cards), cancellationToken);
    }

    /// <summary>Sends the card of one ticket, with <paramref name="incidentNumberDraft"/> prefilled in its incident number box.</summary>
    public static Task SendTicketAsync(ITurnContext turn, ConversationServices services, Ticket ticket, string? incidentNumberDraft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(services);
        var card = TicketUpdateCard.Build(ticket, services.Content, services.TimeProvider.GetUtcNow(), services.GetTimeZone(turn), incidentNumberDraft);
        return SendCardAsync(turn, ticket, card, cancellationToken);
    }

    /// <summary>Sends the card of <paramref name="ticket"/> that the caller built, such as one with rejected values prefilled, marked with the ticket's system.</summary>
    public static Task SendCardAsync(ITurnContext turn, Ticket ticket, StepCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(card);
        var marker = Reply.Marker(turn, step: ConversationSteps.TicketCard);
        marker.System = ticket.System;
        return turn.SendActivityAsync(CreateActivity([card]).WithMarker(marker), cancellationToken);
    }

    // One message with every card; the text joins the cards' plain text for clients that show no cards.
    private static Activity CreateActivity(List<StepCard> cards)
    {
        var text = new StringBuilder();
        foreach (var card in cards)
        {
            text.Append(card.PlainText).Append("\n\n");
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.ToString().Trim(),
            TextFormat = "plain",
            AttachmentLayout = "list",
            Attachments = [.. cards.Select(card => new Attachment { ContentType = AdaptiveCardType, Content = AdaptiveCardAttachment.ToJsonElement(card.Card) })],
        };
    }
}
