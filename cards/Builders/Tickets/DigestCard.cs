using System.Globalization;
using System.Text;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Model;
using HelpBot.Cards.Text;
using HelpBot.Domain.Content;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Builders.Tickets;

/// <summary>
/// A supervisor's digest: the period, the open and overdue tickets, counts of the period's tickets
/// by system, page and error category, a link to the same data as CSV, and a choice of another period.
/// </summary>
public static class DigestCard
{
    /// <summary>Rows shown per count table and per ticket list; the CSV has every row.</summary>
    public const int MaxRows = 10;

    /// <summary>Periods offered for another digest, in days.</summary>
    public static readonly IReadOnlyList<int> PeriodChoices = [7, 30, 90, 365];

    /// <summary>
    /// Builds the digest card. Dates show in <paramref name="timeZone"/>; <paramref name="csvUrl"/> is
    /// the download link, or null when the CSV could not be stored.
    /// </summary>
    public static StepCard Build(TicketDigest digest, DeskAidContent content, TimeZoneInfo timeZone, DateTimeOffset now, Uri? csvUrl)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(content);
        var body = new List<CardElement>();
        var text = new StringBuilder();
        var heading = $"Ticket digest: {Day(digest.From, timeZone)} to {Day(digest.To, timeZone)}";
        body.Add(TextBlock.Heading(heading));
        text.Append(heading).Append('\n');

        AddCounts(body, text, "Totals",
        [
            ("Created in the period", digest.Created),
            ("Open now", digest.Open.Count),
            ("Overdue now", digest.Overdue.Count),
        ]);
        AddCounts(body, text, "By system", Top(digest.BySystem, key => TicketTexts.SystemName(content, key)));
        AddCounts(body, text, "By page", Top(digest.ByPage, key => key));
        AddCounts(body, text, "By error category", Top(digest.ByErrorCategory, key => key));
        AddTickets(body, text, "Overdue tickets", digest.Overdue, content, now);
        var overdueIds = digest.Overdue.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        AddTickets(body, text, "Other open tickets", [.. digest.Open.Where(t => !overdueIds.Contains(t.Id))], content, now);

        var actions = new List<CardAction>();
        if (csvUrl is not null)
        {
            actions.Add(new OpenUrlAction("Download as CSV", csvUrl.AbsoluteUri));
            text.Append("\nDownload as CSV: ").Append(csvUrl.AbsoluteUri).Append('\n');
        }

        actions.Add(new ShowCardAction("Another period", PeriodCard()));
        text.Append("For another period, type 'digest' and the number of days, such as 'digest 90 days'.");
        var plain = text.ToString().Trim();
        var card = new AdaptiveCard { Lang = "en-US" }.WithBody(body).WithActions(actions).WithFallbackText(CardText.Truncate(plain, 2000));
        return new StepCard(card, plain);
    }

    private static string Day(DateTimeOffset at, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(at, timeZone).ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    private static List<(string Title, int Count)> Top(IReadOnlyDictionary<string, int> counts, Func<string, string> name) =>
        [.. counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (name(pair.Key), pair.Value))];

    private static void AddCounts(List<CardElement> body, StringBuilder text, string title, List<(string Title, int Count)> rows)
    {
        body.Add(TextBlock.SectionTitle(title));
        text.Append('\n').Append(title).Append('\n');
        if (rows.Count == 0)
        {
            body.Add(new TextBlock("None"));
            text.Append("None\n");
            return;
        }

        var facts = new FactSet();
        foreach (var (name, count) in rows.Take(MaxRows))
        {
            var value = count.ToString(CultureInfo.InvariantCulture);
            facts.WithFact(CardText.Escape(name, 80), value);
            text.Append(CardText.Clean(CardText.Truncate(name, 80))).Append(": ").Append(value).Append('\n');
        }

        body.Add(facts);
        AddMore(body, text, rows.Count);
    }

    private static void AddTickets(List<CardElement> body, StringBuilder text, string title, IReadOnlyList<Ticket> tickets, DeskAidContent content, DateTimeOffset now)
    {
        if (tickets.Count == 0)
        {
            return;
        }

        body.Add(TextBlock.SectionTitle(title));
        text.Append('\n').Append(title).Append('\n');
        var facts = new FactSet();
        foreach (var ticket in tickets.Take(MaxRows))
        {
            var line = $"{TicketTexts.SystemName(content, ticket.System)}, incident {ticket.IncidentNumber ?? "none yet"}, {TicketTexts.Age(ticket.CreatedAt, now)}, status {ticket.Status}, {TicketTexts.Urgency(ticket)}";
            facts.WithFact(ticket.Id, CardText.Escape(line, 300));
            text.Append("- ").Append(ticket.Id).Append(": ").Append(CardText.Clean(line)).Append('\n');
        }

        body.Add(facts);
        AddMore(body, text, tickets.Count);
    }

    private static void AddMore(List<CardElement> body, StringBuilder text, int count)
    {
        if (count <= MaxRows)
        {
            return;
        }

        var more = string.Create(CultureInfo.InvariantCulture, $"{count - MaxRows} more in the CSV.");
        body.Add(TextBlock.Note(more));
        text.Append(more).Append('\n');
    }

    private static AdaptiveCard PeriodCard()
    {
        var input = new ChoiceSetInput(FollowUpKeys.PeriodDays, "Period") { Value = "30" }.Required("Pick a period.");
        foreach (var days in PeriodChoices)
        {
            var value = days.ToString(CultureInfo.InvariantCulture);
            input.WithChoice($"Last {value} days", value);
        }

        return AdaptiveCard.Nested()
            .WithBody(input)
            .WithActions(new SubmitAction("Show the digest", new SubmitData { Action = FollowUpActions.Digest }));
    }
}
