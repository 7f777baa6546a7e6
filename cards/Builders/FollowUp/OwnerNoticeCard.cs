using HelpBot.Cards.Model;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>
/// Tells a ticket's owner that a supervisor acknowledged it, took it over or added a note. A note
/// is shown as kept on the ticket, that is with personal data already removed.
/// </summary>
public static class OwnerNoticeCard
{
    /// <summary>Builds the notice. <paramref name="kind"/> is one of <see cref="OwnerNoticeKinds"/>.</summary>
    public static StepCard Build(Ticket ticket, string kind, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(timeZone);
        var composer = new CardComposer(FollowUpCardParts.ComposerPromptId)
            .Heading(Heading(ticket, kind))
            .Trusted(Explanation(kind));
        if (kind == OwnerNoticeKinds.NoteAdded && ticket.Notes.Count > 0)
        {
            composer.SectionTitle("Note").User(ticket.Notes[^1].Text, EscalationCard.MaxNoteLength);
        }

        return composer
            .UserFacts(FollowUpCardParts.Facts(ticket, now, timeZone), FollowUpCardParts.MaxFactLength)
            .Element(new ActionSet { Spacing = Spacings.Medium }.WithActions(
                new SubmitAction("My tickets", new SubmitData { Action = FollowUpActions.ListTickets }) { AssociatedInputs = AssociatedInputs.None }))
            .PlainOnly("Ask for 'my tickets' to see all your open tickets.")
            .Build();
    }

    private static string Heading(Ticket ticket, string kind) => kind switch
    {
        OwnerNoticeKinds.Acknowledged => $"A supervisor acknowledged ticket {ticket.Id}",
        OwnerNoticeKinds.TookOver => $"A supervisor took over ticket {ticket.Id}",
        OwnerNoticeKinds.NoteAdded => $"A supervisor added a note to ticket {ticket.Id}",
        OwnerNoticeKinds.Updated => $"A supervisor updated ticket {ticket.Id}: it is {ticket.Status} now",
        _ => $"Ticket {ticket.Id} changed",
    };

    private static string Explanation(string kind) => kind switch
    {
        OwnerNoticeKinds.Acknowledged => "A supervisor has seen this ticket and is following it with you. Keep recording updates as they come.",
        OwnerNoticeKinds.TookOver => "A supervisor is handling this ticket now, and its reminders go to them. You can still record updates.",
        OwnerNoticeKinds.NoteAdded => "The note below is kept on the ticket.",
        OwnerNoticeKinds.Updated => "Type 'my tickets' to see the ticket and record your own updates.",
        _ => string.Empty,
    };
}
