using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>
/// The first card of a message that carries the reminders or escalation prompts of several tickets
/// for one recipient: a heading with the count and one line per ticket. Each ticket's own
/// <see cref="ReminderCard"/> or <see cref="EscalationCard"/> follows it in the same message, with its
/// buttons, so this card has no buttons of its own.
/// </summary>
public static class FollowUpListCard
{
    /// <summary>Builds the list of the reminders in one message, each ticket with the step its reminder suggests.</summary>
    public static StepCard Reminders(IReadOnlyList<(Ticket Ticket, EscalationStep Step)> reminders)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var lines = reminders.Select(item => (item.Ticket.Id, (string?)$"{FollowUpCardParts.SystemName(item.Ticket.System)}, next step: {item.Step.Title}"));
        return Build($"No update yet on {FollowUpCardParts.Plural(reminders.Count, "ticket")}", lines);
    }

    /// <summary>Builds the list of the escalation prompts in one message; each reason is one of <see cref="EscalationReasons"/>.</summary>
    public static StepCard Escalations(IReadOnlyList<(Ticket Ticket, string Reason)> escalations)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        var lines = escalations.Select(item => (item.Ticket.Id, (string?)$"{FollowUpCardParts.SystemName(item.Ticket.System)}, {ReasonText(item.Reason)}"));
        return Build($"{FollowUpCardParts.Plural(escalations.Count, "ticket")} need a supervisor", lines);
    }

    private static StepCard Build(string heading, IEnumerable<(string Title, string? Value)> lines) =>
        new CardComposer(FollowUpCardParts.ComposerPromptId)
            .Heading(heading)
            .UserFacts(lines, FollowUpCardParts.MaxFactLength)
            .Trusted("Each ticket has its own card below, with its buttons.")
            .Build();

    private static string ReasonText(string reason) =>
        reason == EscalationReasons.Urgent ? "marked medically urgent" : "overdue, no update from the owner";
}
