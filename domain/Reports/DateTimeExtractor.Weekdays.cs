using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>Weekdays: which words name one, and the day each names.</summary>
internal static partial class DateTimeExtractor
{
    // A weekday or its three-letter abbreviation (with an optional dot), alone or after "on", "since",
    // "last", "this" or "next": Monday, on Mon, since Monday, last Fri, next Tuesday. "Wed", "Sat" and
    // "Sun" are also English words, so the group "word" marks them for IsWeekday. "c'mon" is no weekday.
    [GeneratedRegex(@"\b(?:(?<prefix>on|since|last|this|next)\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?<!')mon|tue|thu|fri|(?<word>wed|sat|sun))\b\.?(?<dayPart>\s+(?:morning|afternoon|evening|night)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Weekday();

    // A clock time or a date right after a weekday: "Sun 3pm", "Sat, 8/29", "last Sat at 3pm". The group
    // "at" marks a time after "at", "around" or "about", which counts only after a prefix ("I sat at 3pm").
    [GeneratedRegex(@"\G[\s,]*(?<at>(?:at|around|about|@)\s*)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\d{1,2}:\d{2}(?!\d)|noon\b|midday\b|\d{1,2}/\d{1,2}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DateOrTimeAfter();

    // The end of a clause right after a weekday: the end of the text, punctuation, "and", "but" or "or".
    [GeneratedRegex(@"\G\s*(?:$|[.,;:!?)]|(?:and|but|or)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClauseEnd();

    // Words before "this", "last" or "next" that make the phrase English, not a weekday: "in this sun".
    private static readonly string[] s_wordsBeforeNoWeekday = ["in", "into", "under", "with", "of", "from", "for", "at", "the", "a"];

    /// <summary>
    /// Returns whether <paramref name="match"/> names a weekday. "Wed", "Sat" and "Sun" are also English words
    /// ("I sat with the client", "we next sat down", "in this sun"), so they count only where the text makes the
    /// weekday clear. That is before a day part ("Sat morning"), a clock time or a date ("Sun 3pm", "sat 8/29"), or
    /// after "on" or "since". After "this", "last" or "next" they count at the end of a clause ("PEAK failed last
    /// Sat."). Typed alone, as at the when question, they count too. A hyphen after the word makes it part of
    /// another word ("on sun-bleached screens").
    /// </summary>
    private static bool IsWeekday(string text, Match match)
    {
        if (!match.Groups["word"].Success || match.Groups["dayPart"].Success)
        {
            return true;
        }

        var weekday = match.Groups["weekday"];
        var weekdayEnd = weekday.Index + weekday.Length;
        if (weekdayEnd < text.Length && text[weekdayEnd] == '-')
        {
            return false;
        }

        if (text.AsSpan().Trim().TrimEnd('.').Length == weekday.Length)
        {
            return true;
        }

        var end = match.Index + match.Length;
        var prefix = match.Groups["prefix"].Value.ToLowerInvariant();
        var dateOrTime = DateOrTimeAfter().Match(text, end);
        if (dateOrTime.Success && (prefix.Length > 0 || !dateOrTime.Groups["at"].Success))
        {
            return true;
        }

        return prefix switch
        {
            "on" or "since" => true,
            "this" or "last" or "next" => ClauseEnd().IsMatch(text, end) && !FollowsWordBeforeNoWeekday(text, match.Index),
            _ => false,
        };
    }

    private static bool FollowsWordBeforeNoWeekday(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var wordStart = before.LastIndexOfAny([' ', '\t', '\n', '(', ',']) + 1;
        return s_wordsBeforeNoWeekday.Contains(before[wordStart..].ToLowerInvariant());
    }

    // A clock time or a bare hour right after a weekday, blanked with it: "this Friday at 6", "next Mon 9:30am".
    [GeneratedRegex(@"\G,?\s*(?:(?:at|around|about|@)\s*)?\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimeAfterWeekday();

    /// <summary>
    /// Blanks with spaces each weekday that lies after today ("this Friday evening", "next Mon at 9am"), with its
    /// day part and a clock time right after it, so the other parts keep their positions. A first message names
    /// such a day for a plan, so no part of it dates the problem.
    /// </summary>
    private static string WithoutFutureWeekdays(string text, DateOnly today)
    {
        char[]? blanked = null;
        foreach (Match match in Weekday().Matches(text))
        {
            if (!IsWeekday(text, match) || WeekdayDate(today, match) <= today)
            {
                continue;
            }

            var end = match.Index + match.Length;
            var time = TimeAfterWeekday().Match(text, end);
            if (time.Success)
            {
                end += time.Length;
            }

            blanked ??= text.ToCharArray();
            Array.Fill(blanked, ' ', match.Index, end - match.Index);
        }

        return blanked is null ? text : new string(blanked);
    }

    // The index where the weekday before a day part starts, with its prefix: "next" in "next Monday morning".
    private static int WeekdayPhraseStart(string text, MatchCollection words, int weekdayIndex)
    {
        var weekday = words[weekdayIndex];
        if (weekdayIndex == 0 || !IsNextWord(text, words[weekdayIndex - 1], weekday))
        {
            return weekday.Index;
        }

        var prefix = words[weekdayIndex - 1];
        return prefix.Value.ToLowerInvariant() is "on" or "since" or "last" or "this" or "next" ? prefix.Index : weekday.Index;
    }

    /// <summary>
    /// Returns the day a weekday names. "next Monday" is the first Monday after today, and "this Monday"
    /// is the Monday of the current week, which starts on Monday, so both can lie ahead of today. Otherwise
    /// it is the most recent such day, today included, except that "last Monday" on a Monday is a week ago.
    /// </summary>
    private static DateOnly WeekdayDate(DateOnly today, Match match)
    {
        var weekday = ToWeekday(match.Groups["weekday"].Value)!.Value;
        var daysBack = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        switch (match.Groups["prefix"].Value.ToLowerInvariant())
        {
            case "next":
                return today.AddDays(7 - daysBack);
            case "this":
                return today.AddDays(DayOfMondayWeek(weekday) - DayOfMondayWeek(today.DayOfWeek));
            case "last" when daysBack == 0:
                return today.AddDays(-7);
            default:
                return today.AddDays(-daysBack);
        }
    }

    // 0 for Monday to 6 for Sunday.
    private static int DayOfMondayWeek(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>Returns the day a weekday name or its three-letter abbreviation names ("friday", "Fri"), or null.</summary>
    private static DayOfWeek? ToWeekday(string word)
    {
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            var name = day.ToString();
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) || word.Equals(name[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }
}
