using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// Reads follow-up requests from an activity: card submits whose <c>action</c> is a
/// <see cref="FollowUpActions"/> value, and the typed commands "my tickets", "digest" (optionally
/// followed by a period), "add supervisor" followed by a user id, "my user id", "I sent it", and "update
/// ticket" followed by call details. The PEAK
/// draft card's "I sent it" (<see cref="CardActionNames.EmailSent"/>) records the status reported.
/// </summary>
internal static partial class FollowUpRequestReader
{
    /// <summary>Default period of a digest, in days.</summary>
    public const int DefaultPeriodDays = 30;

    /// <summary>Longest digest period, in days.</summary>
    public const int MaxPeriodDays = 366;

    /// <summary>Longest user id accepted by "add supervisor", in characters.</summary>
    public const int MaxUserIdLength = 200;

    private const string DigestWord = "digest";

    private static readonly HashSet<string> EmailSentPhrases =
        ["i sent it", "sent it", "i sent the email", "i sent the e mail", "email sent", "e mail sent", "i emailed the help desk"];

    /// <summary>Returns the follow-up request of <paramref name="activity"/>, or null when it is not one.</summary>
    public static FollowUpRequest? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            return ReadSubmit(value);
        }

        return ReadTyped(activity.Text);
    }

    private static FollowUpRequest? ReadSubmit(JsonElement value)
    {
        var action = ReadString(value, "action");
        if (action == CardActionNames.EmailSent && ReadTicketId(value) is { } sentTicketId)
        {
            return new FollowUpRequest(FollowUpActions.RecordUpdate, sentTicketId, TicketStatus.Reported);
        }

        if (!FollowUpActions.IsFollowUp(action))
        {
            return null;
        }

        var request = new FollowUpRequest(
            action!,
            TicketId: ReadTicketId(value),
            Status: ReadString(value, FollowUpKeys.Status),
            IncidentNumber: ReadString(value, FollowUpKeys.IncidentNumber),
            Note: ReadString(value, FollowUpKeys.Note),
            UserId: ReadString(value, FollowUpKeys.UserId)?.Trim(),
            CalledAt: ReadString(value, FollowUpKeys.CalledAt),
            TimeFrame: ReadString(value, FollowUpKeys.TimeFrame),
            RepliedAt: ReadString(value, FollowUpKeys.RepliedAt));
        return action == FollowUpActions.Digest ? WithPeriod(request, ReadPeriod(value)) : request;
    }

    // A submit can be forged, so an id that is not of HelpBot's form counts as missing: it is never
    // looked up, logged or shown back.
    private static string? ReadTicketId(JsonElement value) =>
        ReadString(value, FollowUpKeys.TicketId)?.Trim() is { } id && TicketIds.IsWellFormed(id) ? id : null;

    private static FollowUpRequest? ReadTyped(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized is "my tickets" or "show my tickets" or "list my tickets")
        {
            return new FollowUpRequest(FollowUpActions.ListTickets);
        }

        if (normalized is "my user id" or "my id" or "what is my user id" or "whats my user id" or "who am i")
        {
            return new FollowUpRequest(FollowUpActions.ShowUserId);
        }

        if (EmailSentPhrases.Contains(normalized))
        {
            return new FollowUpRequest(FollowUpActions.RecordUpdate, Status: TicketStatus.Reported, LatestPeakDraft: true);
        }

        if (normalized == DigestWord || normalized.StartsWith(DigestWord + " ", StringComparison.Ordinal))
        {
            // Normalizing drops the minus sign, so a negative period is caught on the typed text.
            var negative = text!.Contains('-', StringComparison.Ordinal);
            return WithPeriod(new FollowUpRequest(FollowUpActions.Digest), negative ? 0 : ParsePeriod(normalized[DigestWord.Length..]));
        }

        if (text is not null && CallDetailsRegex().Match(text) is { Success: true } details)
        {
            return ReadTypedCallDetails(details);
        }

        var match = text is null ? null : AddSupervisorRegex().Match(text);
        return match is { Success: true } ? new FollowUpRequest(FollowUpActions.AddSupervisor, UserId: match.Groups["id"].Value.Trim()) : null;
    }

    // "update ticket HB-0123456789AB" with "Incident:", "When:" and "Time frame:" lines, as at the call-log question,
    // or "Replied:" in place of "When:" on a PEAK ticket.
    // Without an id the owner's newest open ticket is meant; an id that is not of HelpBot's form counts as missing.
    private static FollowUpRequest ReadTypedCallDetails(Match match)
    {
        var id = match.Groups["id"].Value.Trim().ToUpperInvariant();
        var values = Prompts.CallDetailsReader.ParseLines(match.Groups["rest"].Value);
        if (id.Length > 0 && !TicketIds.IsWellFormed(id))
        {
            return new FollowUpRequest(FollowUpActions.SetCallDetails,
                Problem: "That is not a HelpBot ticket id. Ticket ids are HB- and 12 letters or digits, such as HB-0123456789AB. Type 'my tickets' to see yours.");
        }

        return new FollowUpRequest(
            FollowUpActions.SetCallDetails,
            TicketId: id.Length == 0 ? null : id,
            IncidentNumber: values.GetValueOrDefault(Prompts.CallLogFields.IncidentNumber),
            CalledAt: values.GetValueOrDefault(Prompts.CallLogFields.CalledAt),
            TimeFrame: values.GetValueOrDefault(Prompts.CallLogFields.TimeFrame),
            LatestOpenTicket: id.Length == 0,
            RepliedAt: values.GetValueOrDefault(Prompts.CallLogFields.RepliedAt));
    }

    private static FollowUpRequest WithPeriod(FollowUpRequest request, int? days) => days switch
    {
        null => request with { PeriodDays = DefaultPeriodDays },
        < 1 or > MaxPeriodDays => request with
        {
            Problem = string.Create(CultureInfo.InvariantCulture,
                $"A digest covers 1 to {MaxPeriodDays} days. Type 'digest' for the last {DefaultPeriodDays} days, or 'digest' and a period in days, weeks or months, such as 'digest 90 days' or 'digest 6 months'."),
        },
        _ => request with { PeriodDays = days },
    };

    // "periodDays" is a string from a ChoiceSet, or a number from other clients; a missing value means the default.
    private static int? ReadPeriod(JsonElement value)
    {
        if (!value.TryGetProperty(FollowUpKeys.PeriodDays, out var period))
        {
            return null;
        }

        return period.ValueKind switch
        {
            JsonValueKind.Number when period.TryGetInt32(out var days) => days,
            JsonValueKind.String => ParsePeriod(period.GetString()) ?? 0,
            _ => 0,
        };
    }

    // Accepts "", "30", "30 days", "30 day", "last 30 days", "2 weeks", "6 months" (30 days each),
    // "1 year" (365 days); anything else returns 0, which is rejected.
    private static int? ParsePeriod(string? text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (words[0] is "last" or "for" or "of")
        {
            words.RemoveAt(0);
        }

        if (words.Count is 0 or > 2 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return 0;
        }

        var unit = words.Count == 2 ? words[1] : "days";
        return unit switch
        {
            "day" or "days" or "d" => count,
            "week" or "weeks" or "w" => count <= MaxPeriodDays ? count * 7 : 0,
            "month" or "months" => count <= 12 ? count * 30 : 0,
            "year" or "years" => count == 1 ? 365 : 0,
            _ => 0,
        };
    }

    // Accepts "add supervisor", then optional spaces or a colon, then the user id as typed (ids such as
    // Teams' "29:1a2b..." keep their case and punctuation).
    [GeneratedRegex(@"^\s*add\s+supervisor(?:\s*:|\s+|$)(?<id>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 100)]
    private static partial Regex AddSupervisorRegex();

    // Accepts "update ticket" or "call details" at the start of the message, an optional ticket id, and the
    // rest of the message (the "Label: value" lines).
    [GeneratedRegex(@"^\s*(?:update\s+ticket|call\s+details)\b[ \t:]*(?<id>HB-[0-9A-Za-z]+)?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 100)]
    private static partial Regex CallDetailsRegex();

    private static string? ReadString(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
}
