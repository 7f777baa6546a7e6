using System.Globalization;
using System.Text;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.FollowUp;

/// <summary>
/// Writes a digest's tickets as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line
/// break quoted, quotes doubled): the tickets created in the period and the tickets still open at
/// its end, oldest first. Text fields that a spreadsheet would run as a formula get a leading
/// apostrophe.
/// </summary>
public static class DigestCsv
{
    public const string ContentType = "text/csv";

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "ticket_id", "system", "status", "urgency", "created_at", "promised_update_by", "overdue",
        "page_category", "error_category", "incident_number", "reminders_sent", "escalation_level",
        "open", "acknowledged_at", "taken_over", "note_count",
    ];

    /// <summary>Returns the CSV text, header row first.</summary>
    public static string Write(TicketDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        var rows = digest.CreatedTickets.Concat(digest.Open)
            .DistinctBy(t => t.Id, StringComparer.Ordinal)
            .OrderBy(t => t.CreatedAt);
        foreach (var ticket in rows)
        {
            AppendRow(csv, Row(ticket, digest.To));
        }

        return csv.ToString();
    }

    /// <summary>Returns the CSV as UTF-8 with a byte order mark, which spreadsheet programs need to read it as UTF-8.</summary>
    public static byte[] WriteUtf8(TicketDigest digest)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Write(digest))];
    }

    /// <summary>Returns <paramref name="value"/> as one CSV field: guarded against formulas, then quoted when needed.</summary>
    public static string Field(string? value)
    {
        var guarded = GuardFormula(value ?? string.Empty);
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : guarded;
    }

    private static List<string?> Row(Ticket ticket, DateTimeOffset to) =>
    [
        ticket.Id,
        ticket.System,
        ticket.Status,
        ticket.Urgency,
        Format(ticket.CreatedAt),
        Format(ticket.PromisedUpdateBy),
        Flag(DigestBuilder.IsOverdueAt(ticket, to)),
        ticket.PageCategory,
        ticket.ErrorCategory,
        ticket.IncidentNumber,
        ticket.RemindersSent.ToString(CultureInfo.InvariantCulture),
        ticket.EscalationLevel.ToString(CultureInfo.InvariantCulture),
        Flag(DigestBuilder.IsOpenAt(ticket, to)),
        Format(ticket.AcknowledgedAt),
        Flag(ticket.TakenOverBy is not null),
        ticket.Notes.Count.ToString(CultureInfo.InvariantCulture),
    ];

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    // Spreadsheets run a cell that starts with =, +, -, @, a tab or a carriage return as a formula.
    private static string GuardFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Format(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Flag(bool value) => value ? "yes" : "no";
}
