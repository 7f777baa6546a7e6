using System.Text.RegularExpressions;
using HelpBot.Domain.Time;

namespace HelpBot.Domain.Reports;

/// <summary>Day parts: which "morning", "evening" or "tonight" names the day of the problem.</summary>
internal static partial class DateTimeExtractor
{
    /// <summary>
    /// Returns the first day part that names a day: after "this", "last", "today", "yesterday" or a
    /// weekday ("on Friday evening", "Monday morning"), or a word such as "tonight". "Good morning" and
    /// "all night" name no day, and a day part after a deadline word ("by tonight") is skipped.
    /// </summary>
    private static DayPartMatch? ReadDayPart(string text)
    {
        var words = Word().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value.ToLowerInvariant();
            var before = i > 0 && IsNextWord(text, words[i - 1], words[i]) ? words[i - 1].Value.ToLowerInvariant() : null;
            var match = ToDayPart(text, words, i, word, before);
            if (match is not null && !DescribesOtherDate(text, match.Index))
            {
                return match;
            }
        }

        return null;
    }

    private static DayPartMatch? ToDayPart(string text, MatchCollection words, int index, string word, string? before)
    {
        if (DayPeriod.NamesToday(word))
        {
            return new DayPartMatch(words[index].Index, words[index].Length, DayPeriod.Find(word)!, NamesDay: true);
        }

        if (before is null || DayPeriod.Find(before, word) is not { } period)
        {
            return null;
        }

        var end = words[index].Index + words[index].Length;
        var start = words[index - 1].Index;
        if (before is "this" or "last" or "today")
        {
            return new DayPartMatch(start, end - start, period, NamesDay: true);
        }

        if (before == "yesterday")
        {
            return new DayPartMatch(start, end - start, period, NamesDay: false);
        }

        // A weekday's day part starts at the weekday's prefix, so "next" in "next Monday morning" is no deadline word.
        start = WeekdayPhraseStart(text, words, index - 1);
        return ToWeekday(before) is not null ? new DayPartMatch(start, end - start, period, NamesDay: false) : null;
    }

    // A weekday abbreviation may end with a dot: "Fri. evening".
    private static bool IsNextWord(string text, Match first, Match second)
    {
        var between = text.AsSpan()[(first.Index + first.Length)..second.Index];
        if (first.Length == 3 && ToWeekday(first.Value) is not null && between.StartsWith("."))
        {
            between = between[1..];
        }

        return between.IsWhiteSpace();
    }
}
