using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Model;
using HelpBot.Domain.Systems;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>
/// Reminds the owner of an open ticket (or the supervisor who took it over) that no update came,
/// with the next escalation step and what to say. Its buttons submit <see cref="FollowUpActions"/>
/// with <see cref="FollowUpKeys.TicketId"/>: record an update (with <see cref="FollowUpKeys.Status"/>),
/// add or correct the incident number and, for the Service Center, the call details (the same action as the
/// ticket card's), resolve, and mark urgent.
/// Metadata only: the ticket holds no personal data, and the card shows nothing else.
/// </summary>
public static class ReminderCard
{
    /// <summary>The statuses an owner can record from the reminder; <see cref="TicketTexts.StatusLabel"/> labels them for the ticket's system.</summary>
    public static IReadOnlyList<string> Statuses { get; } =
        [TicketStatus.Reported, TicketStatus.Acknowledged, TicketStatus.Escalated, TicketStatus.Closed];

    /// <summary>Builds the reminder. Dates show in <paramref name="timeZone"/>.</summary>
    public static StepCard Build(Ticket ticket, EscalationStep step, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(timeZone);
        var composer = new CardComposer(FollowUpCardParts.ComposerPromptId)
            .Heading($"No update yet on ticket {ticket.Id}")
            .UserFacts(FollowUpCardParts.Facts(ticket, now, timeZone), FollowUpCardParts.MaxFactLength)
            .SectionTitle("Next step: " + step.Title)
            .Trusted(step.WhatToSay);
        if (ticket.System == SupportSystems.ConnectForHealth && ticket.IncidentNumber is not null)
        {
            composer.TrustedNote("Customers can see the ticket's status, category and notes in their Connect for Health Colorado customer portal.");
        }

        return composer
            .Element(new ActionSet { Spacing = Spacings.Medium }.WithActions(Buttons(ticket)))
            .PlainOnly("Update the ticket with the buttons on this card, or ask for 'my tickets'.")
            .Build();
    }

    private static List<CardAction> Buttons(Ticket ticket)
    {
        var buttons = new List<CardAction>
        {
            new ShowCardAction("Record an update", StatusCard(ticket)),
            TicketUpdateCard.NumberAction(ticket, new CallDetailsDraft(null, null, null)),
            FollowUpCardParts.Submit("Mark resolved", FollowUpActions.Resolve, ticket.Id).WithStyle(ActionStyles.Positive),
        };
        if (!ticket.IsUrgent)
        {
            buttons.Add(FollowUpCardParts.Submit("Mark medically urgent", FollowUpActions.MarkUrgent, ticket.Id));
        }

        return buttons;
    }

    private static AdaptiveCard StatusCard(Ticket ticket)
    {
        var input = new ChoiceSetInput(FollowUpKeys.Status, "New status") { Style = ChoiceInputStyles.Expanded }
            .Required("Choose the ticket's new status.");
        foreach (var status in Statuses)
        {
            input.WithChoice(TicketTexts.StatusLabel(status, ticket.System), status);
        }

        return AdaptiveCard.Nested()
            .WithBody(input)
            .WithActions(FollowUpCardParts.SubmitWithInputs("Save the update", FollowUpActions.RecordUpdate, ticket.Id));
    }
}
