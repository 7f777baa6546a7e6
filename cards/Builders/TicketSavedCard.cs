using System.Globalization;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders;

/// <summary>Confirms that a ticket was saved and when HelpBot will follow up.</summary>
public static class TicketSavedCard
{
    /// <summary>
    /// Builds the confirmation. Dates show in <paramref name="timeZone"/>, named by
    /// <paramref name="timeZoneName"/>.
    /// </summary>
    public static StepCard Build(string promptId, Ticket ticket, TimeZoneInfo timeZone, string timeZoneName)
    {
        var composer = new CardComposer(promptId)
            .Heading("Ticket saved")
            .UserFacts(
                [
                    ("System", SystemName(ticket.System)),
                    ("HelpBot ticket", ticket.Id),
                    (Tickets.TicketTexts.NumberLabel(ticket), ticket.IncidentNumber ?? "none yet"),
                    ("Status", ticket.Status),
                    ("Saved", Format(ticket.CreatedAt, timeZone, timeZoneName)),
                    ("Update promised by", ticket.PromisedUpdateBy is { } by ? Format(by, timeZone, timeZoneName) : null),
                ],
                200)
            .Trusted(ticket.PromisedUpdateBy is null
                ? "I will check in with you later to ask whether it was solved."
                : "If there is no update by then, I will remind you and help you escalate.")
            .TrustedNote("The ticket keeps only dates, numbers and the status, never the customer's details.");
        return composer
            .Buttons(
                composer.Submit("Main menu", CardActionNames.Done),
                composer.Submit("Check my tickets", CardActionNames.CheckTicket))
            .Build();
    }

    private static string SystemName(string system) => system switch
    {
        SupportSystems.Peak => "PEAK",
        SupportSystems.ConnectForHealth => "Connect for Health Colorado",
        _ => "Not decided",
    };

    private static string Format(DateTimeOffset at, TimeZoneInfo timeZone, string timeZoneName) =>
        TimeZoneInfo.ConvertTime(at, timeZone).ToString("ddd MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture)
        + " " + timeZoneName;
}
