using HelpBot.Cards.Model;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>
/// Prompts a supervisor about a ticket that is medically urgent or overdue, with its metadata and
/// the step the owner should take next. Its buttons submit <see cref="FollowUpActions.Acknowledge"/>,
/// <see cref="FollowUpActions.AddNote"/> (with <see cref="FollowUpKeys.Note"/>) and
/// <see cref="FollowUpActions.TakeOver"/>, each with <see cref="FollowUpKeys.TicketId"/>.
/// </summary>
public static class EscalationCard
{
    /// <summary>Longest note the input accepts, in characters.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Builds the prompt. <paramref name="reason"/> is one of <see cref="EscalationReasons"/>.</summary>
    public static StepCard Build(Ticket ticket, string reason, EscalationStep nextStep, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(nextStep);
        ArgumentNullException.ThrowIfNull(timeZone);
        var composer = new CardComposer(FollowUpCardParts.ComposerPromptId)
            .Heading($"Ticket {ticket.Id} needs a supervisor")
            .Warning(Why(ticket, reason))
            .UserFacts(FollowUpCardParts.Facts(ticket, now, timeZone), FollowUpCardParts.MaxFactLength)
            .SectionTitle("The owner's next step: " + nextStep.Title)
            .Trusted(nextStep.WhatToSay);
        if (ticket.IsUrgent)
        {
            composer.TrustedNote(UrgentNote(ticket));
        }

        return composer
            .Element(new ActionSet { Spacing = Spacings.Medium }.WithActions(
                FollowUpCardParts.Submit("Acknowledge", FollowUpActions.Acknowledge, ticket.Id).WithStyle(ActionStyles.Positive),
                new ShowCardAction("Add a note", NoteCard(ticket.Id)),
                FollowUpCardParts.Submit("Take it over", FollowUpActions.TakeOver, ticket.Id)))
            .PlainOnly("Acknowledge it, add a note or take it over with the buttons on this card.")
            .Build();
    }

    // A PEAK case can be enrolled by the enrollment entity while the help desk works on it. A Connect for
    // Health Colorado case goes to a Team Lead at the Service Center.
    private static string UrgentNote(Ticket ticket) => ticket.System == SupportSystems.Peak
        ? "In medically urgent cases the enrollment entity (county of residence, Denver Health's medical assistance program or Connect for Health Colorado) can complete the enrollment."
        : "In medically urgent cases the owner calls the Service Center and asks for a Team Lead.";

    private static string Why(Ticket ticket, string reason) => reason switch
    {
        EscalationReasons.Urgent => "The owner marked this case medically urgent.",
        _ => ticket.PromisedUpdateBy is null
            ? $"No update came from the owner after {FollowUpCardParts.Plural(ticket.RemindersSent, "reminder")}."
            : $"The promised update time has passed and the owner gave no update after {FollowUpCardParts.Plural(ticket.RemindersSent, "reminder")}.",
    };

    private static AdaptiveCard NoteCard(string ticketId)
    {
        var input = new TextInput(FollowUpKeys.Note, "Note for the ticket")
        {
            IsMultiline = true,
            MaxLength = MaxNoteLength,
            Placeholder = "What you did or what the owner should do next",
        }.Required("Type the note, or close this part of the card.");
        return AdaptiveCard.Nested()
            .WithBody(input, TextBlock.Note("Leave out names, case numbers and other personal data; HelpBot removes any it finds before keeping the note."))
            .WithActions(FollowUpCardParts.SubmitWithInputs("Save the note", FollowUpActions.AddNote, ticketId));
    }
}
