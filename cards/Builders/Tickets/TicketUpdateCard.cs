using System.Text;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Model;
using HelpBot.Cards.Text;
using HelpBot.Domain.Content;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.Tickets;

/// <summary>
/// One open ticket with its facts, the next step and the owner's actions: record a status update,
/// add the help desk's reply or the call details, mark resolved, mark urgent. The reply of a PEAK
/// ticket is the help desk's ticket number, the reply time and the time frame it promised. The call
/// details of a Connect for Health Colorado ticket are the Service Center incident number, the call
/// time and the promised time frame. Its submits carry <c>action</c> (a <see cref="FollowUpActions"/>
/// value) and <c>ticketId</c>, never a prompt id.
/// </summary>
public static class TicketUpdateCard
{
    /// <summary>Longest incident number the input accepts, in characters.</summary>
    public const int MaxIncidentNumberLength = 40;

    /// <summary>Client-side check of an incident number: letters, digits and hyphens, starting with a letter or digit.</summary>
    public const string IncidentNumberPattern = "^[A-Za-z0-9][A-Za-z0-9-]{2,39}$";

    /// <summary>The statuses an owner can record; <see cref="TicketTexts.StatusLabel"/> labels them for the ticket's system.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        [TicketStatus.Reported, TicketStatus.Acknowledged, TicketStatus.Escalated, TicketStatus.Resolved, TicketStatus.Closed];

    /// <summary>
    /// Builds the card of <paramref name="ticket"/>. Dates show in <paramref name="timeZone"/>.
    /// <paramref name="incidentNumberDraft"/> prefills the incident number box, and
    /// <paramref name="callDetailsDraft"/> the call details boxes, so values that were rejected can be
    /// corrected instead of typed again.
    /// </summary>
    public static StepCard Build(
        Ticket ticket, DeskAidContent content, DateTimeOffset now, TimeZoneInfo timeZone, string? incidentNumberDraft = null, CallDetailsDraft? callDetailsDraft = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(content);
        var system = TicketTexts.SystemName(content, ticket.System);
        var nextStep = TicketTexts.NextStep(ticket, content, now);
        var facts = Facts(ticket, now, timeZone);
        var factSet = new FactSet();
        var text = new StringBuilder().Append(system).Append(" ticket ").Append(ticket.Id).Append('\n');
        foreach (var (title, value) in facts)
        {
            factSet.WithFact(title, CardText.Escape(value, 200));
            text.Append(title).Append(": ").Append(CardText.Clean(value)).Append('\n');
        }

        text.Append("Next step: ").Append(nextStep).Append('\n');
        var body = new List<CardElement>
        {
            TextBlock.SectionTitle($"{system} ticket {ticket.Id}"),
            factSet,
            new TextBlock("Next step: " + nextStep),
        };
        if (TicketTexts.IsOverdue(ticket, now))
        {
            body.Add(TextBlock.Note("The promised update is overdue.").WithColor(TextColors.Attention));
            text.Append("The promised update is overdue.\n");
        }

        var actions = Actions(ticket, callDetailsDraft ?? new CallDetailsDraft(null, incidentNumberDraft, null));
        body.Add(new ActionSet().WithActions(actions));
        text.Append("Update it with the buttons on this card: ").AppendJoin(", ", actions.Select(a => a.Title)).Append('.');
        var plain = text.ToString();
        var card = new AdaptiveCard { Lang = "en-US" }.WithBody(body).WithFallbackText(CardText.Truncate(plain, 2000));
        return new StepCard(card, plain);
    }

    private static List<(string Title, string Value)> Facts(Ticket ticket, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var facts = new List<(string, string)>
        {
            (TicketTexts.NumberLabel(ticket), ticket.IncidentNumber ?? "none yet"),
            ("Age", TicketTexts.Age(ticket.CreatedAt, now)),
            ("Status", ticket.Status),
            ("Urgency", TicketTexts.Urgency(ticket)),
        };
        if (ticket.CalledAt is { } calledAt)
        {
            facts.Add(("Called", TicketTexts.FormatDate(calledAt, timeZone)));
        }

        if (ticket.RepliedAt is { } repliedAt)
        {
            facts.Add(("Reply received", TicketTexts.FormatDate(repliedAt, timeZone)));
        }

        if (ticket.PromisedTimeFrame is { } timeFrame)
        {
            facts.Add(("Time frame", timeFrame.ToString()));
        }

        if (ticket.PromisedUpdateBy is { } due)
        {
            facts.Add(("Update promised by", TicketTexts.FormatDate(due, timeZone)));
        }

        return facts;
    }

    private static List<CardAction> Actions(Ticket ticket, CallDetailsDraft draft)
    {
        var actions = new List<CardAction>
        {
            new ShowCardAction("Record a status update", StatusCard(ticket)),
            NumberAction(ticket, draft),
            Submit("Mark resolved", FollowUpActions.Resolve, ticket.Id),
        };
        if (ticket.Urgency != TicketUrgency.MedicallyUrgent)
        {
            actions.Add(Submit("Mark medically urgent", FollowUpActions.MarkUrgent, ticket.Id));
        }

        return actions;
    }

    // A PEAK ticket has no call: it takes the help desk's number with the reply time and the time frame the
    // reply promised. A Service Center ticket takes the number with the call time and the time frame. The
    // follow-up is counted from the time frame's end.
    internal static ShowCardAction NumberAction(Ticket ticket, CallDetailsDraft draft)
    {
        var known = ticket.IncidentNumber is not null || ticket.TimeFrameStart is not null || ticket.PromisedUpdateBy is not null;
        if (ticket.System == Domain.Systems.SupportSystems.Peak)
        {
            return new ShowCardAction(known ? "Correct the help desk's reply" : "Add the help desk's reply", ReplyDetailsCard(ticket, draft));
        }

        return new ShowCardAction(known ? "Correct the call details" : "Add the call details", CallDetailsCard(ticket, draft));
    }

    // The PEAK help desk's reply: the time frame is counted from when the reply came.
    private static readonly DetailsWording ReplyWording = new(
        FollowUpKeys.RepliedAt,
        "Date and time of the reply",
        "Type the date and time the reply came, such as today 2:30 pm.",
        "Time frame the reply promised for an update",
        "The time frame is counted from the reply, and the next reminder from the promised time.",
        "Save the reply");

    // The call to the Service Center.
    private static readonly DetailsWording CallWording = new(
        FollowUpKeys.CalledAt,
        "Date and time of the call",
        "Type the date and time of the call, such as today 2:30 pm.",
        "Promised time frame for an update",
        "The next reminder is counted from the promised time.",
        "Save the call details");

    private static AdaptiveCard ReplyDetailsCard(Ticket ticket, CallDetailsDraft draft) => DetailsCard(ticket, draft, ReplyWording, draft.RepliedAt);

    private static AdaptiveCard CallDetailsCard(Ticket ticket, CallDetailsDraft draft) => DetailsCard(ticket, draft, CallWording, draft.CalledAt);

    private static AdaptiveCard DetailsCard(Ticket ticket, CallDetailsDraft draft, DetailsWording wording, string? timeDraft)
    {
        var time = new TextInput(wording.TimeKey, wording.TimeLabel)
        {
            Placeholder = "today 2:30 pm",
            MaxLength = 100,
            Value = Draft(timeDraft),
            ErrorMessage = wording.TimeError,
        };
        var timeFrame = new TextInput(FollowUpKeys.TimeFrame, wording.TimeFrameLabel)
        {
            Placeholder = "3 business days, or none",
            MaxLength = 100,
            Value = Draft(draft.TimeFrame),
            ErrorMessage = "Type the time frame they promised, such as 3 business days, or none.",
        };
        var note = "Fill in what you have or what was wrong: an empty box keeps what the ticket has. " + wording.CountingNote
            + " Only the number in its box, never a name, case number, phone or Social Security number.";
        return AdaptiveCard.Nested()
            .WithBody(IncidentInput(ticket, draft.IncidentNumber), time, timeFrame, TextBlock.Note(note))
            .WithActions(new SubmitAction(wording.SaveTitle, Data(FollowUpActions.SetCallDetails, ticket.Id)));
    }

    // The words of the details card that differ between a PEAK reply and a Service Center call.
    private sealed record DetailsWording(string TimeKey, string TimeLabel, string TimeError, string TimeFrameLabel, string CountingNote, string SaveTitle);

    private static string? Draft(string? value) => string.IsNullOrWhiteSpace(value) ? null : CardText.Clean(value);

    private static AdaptiveCard StatusCard(Ticket ticket)
    {
        var input = new ChoiceSetInput(FollowUpKeys.Status, "New status") { Style = ChoiceInputStyles.Expanded }
            .Required("Pick the new status.");
        foreach (var status in Statuses)
        {
            input.WithChoice(TicketTexts.StatusLabel(status, ticket.System), status);
        }

        return AdaptiveCard.Nested()
            .WithBody(input)
            .WithActions(new SubmitAction("Save the status", Data(FollowUpActions.RecordUpdate, ticket.Id)));
    }

    private static TextInput IncidentInput(Ticket ticket, string? draft)
    {
        // A rejected number shown for correction stays whole, so a longer one gets no maxLength, which a
        // client may cut it to. The regex still blocks the submit until it is fixed.
        var value = Draft(draft);
        return new TextInput(FollowUpKeys.IncidentNumber, TicketTexts.NumberLabel(ticket.System))
        {
            Placeholder = "such as 00012345",
            MaxLength = value?.Length > MaxIncidentNumberLength ? null : MaxIncidentNumberLength,
            Regex = IncidentNumberPattern,
            Value = value,
            ErrorMessage = "Type the number: 3 to 40 letters, digits or hyphens, no names.",
        };
    }

    private static SubmitAction Submit(string title, string action, string ticketId) =>
        new(title, Data(action, ticketId)) { AssociatedInputs = AssociatedInputs.None };

    private static SubmitData Data(string action, string ticketId) => new() { Action = action, TicketId = ticketId };
}
