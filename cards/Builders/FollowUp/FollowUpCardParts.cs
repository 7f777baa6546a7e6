using System.Globalization;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Model;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.FollowUp;

/// <summary>Facts, wording and buttons shared by the reminder, escalation and owner notice cards.</summary>
internal static class FollowUpCardParts
{
    /// <summary>Prompt id that <see cref="CardComposer"/> requires; these cards' own submits carry none.</summary>
    public const string ComposerPromptId = "followUp";

    public const int MaxFactLength = 120;

    public static string SystemName(string system) => system switch
    {
        SupportSystems.Peak => "PEAK",
        SupportSystems.ConnectForHealth => "Connect for Health Colorado",
        _ => "Not decided",
    };

    public static string Format(DateTimeOffset at, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(at, timeZone).ToString("ddd MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);

    /// <summary>The ticket's metadata as card facts; values are escaped by the composer.</summary>
    public static List<(string Title, string? Value)> Facts(Ticket ticket, DateTimeOffset now, TimeZoneInfo timeZone) =>
    [
        ("HelpBot ticket", ticket.Id),
        ("System", SystemName(ticket.System)),
        (TicketTexts.NumberLabel(ticket), ticket.IncidentNumber ?? "none yet"),
        ("Status", ticket.Status),
        ("Urgency", ticket.IsUrgent ? "medically urgent" : "normal"),
        ("Age", TicketTexts.Age(ticket.CreatedAt, now)),
        ("Update promised by", ticket.PromisedUpdateBy is { } by ? Format(by, timeZone) : null),
        ("Page", ticket.PageCategory),
        ("Error category", ticket.ErrorCategory),
    ];

    /// <summary>Creates a button that submits <paramref name="action"/> and the ticket id, without the card's inputs.</summary>
    public static SubmitAction Submit(string title, string action, string ticketId) =>
        new(title, new SubmitData { Action = action, TicketId = ticketId }) { AssociatedInputs = AssociatedInputs.None };

    /// <summary>Creates a button that submits <paramref name="action"/>, the ticket id and the inputs of its card.</summary>
    public static SubmitAction SubmitWithInputs(string title, string action, string ticketId) =>
        new(title, new SubmitData { Action = action, TicketId = ticketId });

    /// <summary>Returns the count with its unit, singular for 1, such as "1 reminder" or "3 reminders".</summary>
    public static string Plural(int count, string unit) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s");
}
