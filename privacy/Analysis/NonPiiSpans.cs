using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Analysis;

/// <summary>
/// Finds stretches of text that are never PII even when a recognizer matches inside them: CBMS case
/// numbers, ticket and tracking numbers, error codes, version numbers and web addresses. A finding that
/// lies wholly inside such a stretch is dropped.
/// </summary>
internal static partial class NonPiiSpans
{
    // Every error code starts with "err", "http", "code" or "status", or an E with an optional dash, underscore
    // or space before a digit (E1023, E-1023), at the start of a word.
    private static readonly TriggerWords ErrorCodeCues = PiiPattern.AnyWordOf(
    [
        "err", "http", "code", "status",
        .. Enumerable.Range(0, 10).SelectMany(digit => (string[])[$"e{digit}", $"e-{digit}", $"e_{digit}", $"e {digit}"]),
    ]);

    // Every version number has a "v" that starts a word (v2.1, version 116) or a digit before a dot
    // (116.0.5845.188).
    private static readonly TriggerWords VersionCues = PiiPattern.AnyOf([.. Enumerable.Range(0, 10).Select(digit => $"{digit}.")], ["v"]);

    // Each finder with the digit minimum and trigger every one of its matches meets.
    private static readonly PiiPattern[] Finders =
    [
        new("Case number", CaseNumberRegex(), 0) { MinDigitRun = 5, Trigger = PiiPattern.AnyOf("1b") },
        new("Reference number", ReferenceNumberRegex(), 0)
        {
            MinDigits = 1,
            Trigger = PiiPattern.AnyWordOf("ticket", "incident", "tracking", "authori", "auth", "confirmation", "ref", "request", "order", "INC", "SR"),
        },
        new("Error code", ErrorCodeRegex(), 0) { MinDigits = 2, Trigger = ErrorCodeCues },
        new("Version", VersionRegex(), 0) { MinDigits = 1, Trigger = VersionCues },
        new("Web address", WebAddressRegex(), 0) { Trigger = PiiPattern.AnyOf("http", ".com", ".org", ".gov", ".net", ".us", ".edu") },
    ];

    /// <summary>The finders with their preconditions, in the order they run.</summary>
    internal static IReadOnlyList<PiiPattern> Patterns => Finders;

    // Whether each finder reads its value from an id group, found once rather than on every text.
    private static readonly bool[] FinderHasIdGroup = [.. Finders.Select(f => f.Regex.GroupNumberFromName("id") >= 0)];

    /// <summary>
    /// Returns the non-PII stretches of <paramref name="text"/> as (start, end) pairs, sorted by start,
    /// with overlapping stretches joined.
    /// </summary>
    /// <exception cref="RegexMatchTimeoutException">A finder timed out; the caller keeps every finding.</exception>
    public static List<(int Start, int End)> Find(string text, List<TextSegment> segments) => Find(text, segments, []);

    /// <summary>Like <see cref="Find(string, List{TextSegment})"/>, but replaces the contents of <paramref name="spans"/> and returns it.</summary>
    /// <exception cref="RegexMatchTimeoutException">A finder timed out; the caller keeps every finding.</exception>
    public static List<(int Start, int End)> Find(string text, List<TextSegment> segments, List<(int Start, int End)> spans)
    {
        spans.Clear();
        return Join(FindAll(text, segments, spans));
    }

    /// <summary>Sorts <paramref name="spans"/> by start and joins overlapping ones, in place; returns the same list.</summary>
    public static List<(int Start, int End)> Join(List<(int Start, int End)> spans)
    {
        spans.Sort();
        var count = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (count > 0 && span.Start <= spans[count - 1].End)
            {
                spans[count - 1] = (spans[count - 1].Start, Math.Max(spans[count - 1].End, span.End));
                continue;
            }

            spans[count++] = span;
        }

        spans.RemoveRange(count, spans.Count - count);
        return spans;
    }

    /// <summary>Returns true when [start, end) lies inside one of the sorted, joined <paramref name="spans"/>.</summary>
    public static bool Covers(List<(int Start, int End)> spans, int start, int end)
    {
        // Binary search for the last stretch that starts at or before start.
        int low = 0, high = spans.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (spans[middle].Start <= start)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && end <= spans[found].End;
    }

    private static List<(int Start, int End)> FindAll(string text, List<TextSegment> segments, List<(int Start, int End)> spans)
    {
        foreach (var segment in segments)
        {
            for (var i = 0; i < Finders.Length; i++)
            {
                if (Finders[i].CanMatch(text, segment))
                {
                    AddMatches(text, segment, Finders[i].Regex, FinderHasIdGroup[i], spans);
                }
            }
        }

        return spans;
    }

    // A finder without an id group is scanned with EnumerateMatches, which allocates nothing per match.
    private static void AddMatches(string text, TextSegment segment, Regex finder, bool hasIdGroup, List<(int Start, int End)> spans)
    {
        if (!hasIdGroup)
        {
            foreach (var found in finder.EnumerateMatches(text.AsSpan(segment.Start, segment.Length)))
            {
                spans.Add((segment.Start + found.Index, segment.Start + found.Index + found.Length));
            }

            return;
        }

        for (var match = finder.Match(text, segment.Start, segment.Length); match.Success; match = match.NextMatch())
        {
            var id = match.Groups["id"];
            var value = id.Success ? (Capture)id : match;
            spans.Add((value.Index, value.Index + value.Length));
        }
    }

    // Accepts a CBMS case number: 1B and 5 to 8 digits (1B00000, 1B1234567); any case.
    [GeneratedRegex(@"\b1B\d{5,8}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CaseNumberRegex();

    // Accepts a cue (ticket, incident, tracking, authorization, confirmation, reference, request, order,
    // INC, SR), an optional "number", "no.", "#" or "id", and an identifier of at least four letters,
    // digits or dashes that holds a digit. The identifier is the id group.
    [GeneratedRegex(@"\b(?:ticket|incident|tracking|authori[sz]ation|auth|confirmation|reference|ref|request|order|INC|SR)\s*(?:number|num|no\.?|#|id)?\s*[:#]?\s*(?<id>(?=[A-Za-z\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ReferenceNumberRegex();

    // Accepts error codes in any case. These are ERR or ERROR and 2 to 6 digits (ERR-12345), E and 2 to 5
    // digits (E1023; a letter and six digits is a Medicaid ID), HTTP and
    // a status code (HTTP 404), or "error", "code" or "status" and 3 to 6 digits (error 500).
    [GeneratedRegex(@"\b(?:(?:ERR|ERROR)[\-_ ]?\d{2,6}|E[\-_ ]?\d{2,5}|HTTP\s*(?:error\s*)?\d{3}|(?:error|code|status)\s*(?:code\s*)?[:#]?\s*\d{3,6})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ErrorCodeRegex();

    // Accepts version numbers: v or version and 1 to 4 dot-separated numbers (v2.1, version 116.0.5845),
    // and any four dot-separated numbers (116.0.5845.188).
    [GeneratedRegex(@"\b(?:v(?:ersion)?\s*\d+(?:\.\d+){0,3}|\d+\.\d+\.\d+\.\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex VersionRegex();

    // Accepts web addresses: http(s):// and the rest up to white space, or a bare host name ending in
    // .com, .org, .gov, .net, .us or .edu with an optional path (connectforhealthco.com/plans). Text
    // before an @ is not a host name, so e-mail addresses are not matched.
    [GeneratedRegex(@"\bhttps?://[^\s<>""]+|(?<![@\w.\-])(?:[A-Za-z0-9\-]+\.)+(?:com|org|gov|net|us|edu)\b(?![@\-])(?:/[^\s<>""]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex WebAddressRegex();
}
