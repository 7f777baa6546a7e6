using System.Globalization;
using System.Text;
using HelpBot.Cards.Model;
using HelpBot.Cards.Text;
using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.Tickets;

/// <summary>
/// The summary at the top of "my tickets": each open ticket in one line (system, incident number,
/// age, status, urgency), a count of the resolved and closed ones, and the customer portal note when
/// a Connect for Health Colorado ticket with an incident number is open. A <see cref="TicketUpdateCard"/> per open ticket
/// follows it with the actions.
/// </summary>
public static class MyTicketsCard
{
    /// <summary>Open tickets listed, newest first; older ones are counted only.</summary>
    public const int MaxListed = 10;

    /// <summary>Builds the summary of <paramref name="tickets"/>, which may be in any order.</summary>
    public static StepCard Build(IReadOnlyList<Ticket> tickets, DeskAidContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(content);
        var open = tickets.Where(t => !TicketTexts.IsClosed(t)).OrderByDescending(t => t.CreatedAt).ToList();
        var closedCount = tickets.Count - open.Count;
        var body = new List<CardElement> { TextBlock.Heading("Your tickets") };
        var text = new StringBuilder("Your tickets\n");

        var summary = Summary(open.Count, closedCount, open.Count(t => TicketTexts.IsOverdue(t, now)));
        body.Add(new TextBlock(summary));
        text.Append(summary).Append('\n');
        AddOpenList(open, content, now, body, text);

        if (open.Exists(t => t.System == SupportSystems.ConnectForHealth && t.IncidentNumber is not null) && content.ServiceCenter.StatusCheck.Text is { Length: > 0 } portal)
        {
            body.Add(TextBlock.Note(portal));
            text.Append(portal).Append('\n');
        }

        var plain = text.ToString().Trim();
        var card = new AdaptiveCard { Lang = "en-US" }.WithBody(body).WithFallbackText(CardText.Truncate(plain, 2000));
        return new StepCard(card, plain);
    }

    /// <summary>Returns the open tickets that get a card of their own, newest first.</summary>
    public static IReadOnlyList<Ticket> Listed(IReadOnlyList<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        return [.. tickets.Where(t => !TicketTexts.IsClosed(t)).OrderByDescending(t => t.CreatedAt).Take(MaxListed)];
    }

    private static string Summary(int openCount, int closedCount, int overdueCount)
    {
        if (openCount == 0 && closedCount == 0)
        {
            return "You have no tickets logged with me yet. When you report a problem, I keep its ticket here.";
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"Open: {openCount}. Resolved or closed: {closedCount}.");
        return overdueCount == 0 ? summary : summary + string.Create(CultureInfo.InvariantCulture, $" Overdue: {overdueCount}.");
    }

    private static void AddOpenList(List<Ticket> open, DeskAidContent content, DateTimeOffset now, List<CardElement> body, StringBuilder text)
    {
        if (open.Count == 0)
        {
            return;
        }

        var facts = new FactSet();
        foreach (var ticket in open.Take(MaxListed))
        {
            var line = Line(ticket, content, now);
            facts.WithFact(ticket.Id, CardText.Escape(line, 300));
            text.Append("- ").Append(ticket.Id).Append(": ").Append(CardText.Clean(line)).Append('\n');
        }

        body.Add(facts);
        if (open.Count > MaxListed)
        {
            var more = string.Create(CultureInfo.InvariantCulture, $"{open.Count - MaxListed} older open tickets are not shown; resolve or close the ones that are done.");
            body.Add(TextBlock.Note(more));
            text.Append(more).Append('\n');
        }
    }

    private static string Line(Ticket ticket, DeskAidContent content, DateTimeOffset now)
    {
        var line = new StringBuilder(TicketTexts.SystemName(content, ticket.System))
            .Append(", incident ").Append(ticket.IncidentNumber ?? "none yet")
            .Append(", ").Append(TicketTexts.Age(ticket.CreatedAt, now))
            .Append(", status ").Append(ticket.Status);
        if (ticket.Urgency == TicketUrgency.MedicallyUrgent)
        {
            line.Append(", medically urgent");
        }

        if (TicketTexts.IsOverdue(ticket, now))
        {
            line.Append(", overdue");
        }

        return line.ToString();
    }
}
