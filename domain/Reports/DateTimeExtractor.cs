using System.Globalization;
using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads when a problem happened: explicit dates (8/22, 09/27/2011, 2026-08-22, Aug 22), clock times
/// (7:15am, 5pm, 17:30), and relative days (today, this morning, yesterday, last Friday), resolved
/// against the current time in the user's time zone.
/// </summary>
/// <remarks>
/// Dates that describe something else are skipped: those after words such as "due", "DOB", "born",
/// "deadline", "ends" or "until", and dates in the future.
/// </remarks>
internal static partial class DateTimeExtractor
{
    private const int ContextLength = 24;

    private static readonly string[] s_otherDateWords =
        ["due", "dob", "birth", "born", "deadline", "expire", "expires", "end on", "ends on", "end", "ends", "until", "by", "next", "before", "after"];

    // m/d/yyyy, m/d/yy and m/d; a third number after another slash belongs to the same date.
    [GeneratedRegex(@"(?<![\d/])(?<month>\d{1,2})/(?<day>\d{1,2})(?:/(?<year>\d{4}|\d{2}))?(?![\d/])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SlashDate();

    // ISO 8601 calendar dates: 2026-08-22.
    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IsoDate();

    // Month names with a day and an optional year: Aug 22, August 22nd, 2026.
    [GeneratedRegex(@"\b(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MonthNameDate();

    // Clock times with am/pm (7:15am, 5 pm, 5 p.m.) or in 24-hour form with a colon (17:30), plus noon.
    [GeneratedRegex(@"(?<![\d:])(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s*(?<half>a\.?m\.?|p\.?m\.?)(?![a-z])|(?<![\d:/])(?<hour>\d{1,2}):(?<minute>\d{2})(?![\d:])|\b(?<noon>noon|midday)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClockTime();

    // Relative days and parts of days.
    [GeneratedRegex(@"\b(?<word>today|this morning|this afternoon|this evening|tonight|yesterday|last night|earlier today)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RelativeDay();

    // A weekday, with "on" or "last" before it: on Monday, last Friday.
    [GeneratedRegex(@"\b(?<prefix>on|last)\s+(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Weekday();

    /// <summary>Returns the moment the text gives, or null when it gives no date and no clock time.</summary>
    public static DateTimeReading? Read(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var date = ReadDate(text, now);
        var time = ReadTime(text);
        if (date is null && time is null)
        {
            return null;
        }

        var day = date ?? DateOnly.FromDateTime(now.DateTime);
        var moment = ToMoment(day, time ?? TimeOnly.MinValue, zone);
        if (time is not null && moment > now)
        {
            // A clock time later than now with no date meant the day before; with a date it is not usable.
            if (date is not null)
            {
                return new DateTimeReading(ToMoment(day, TimeOnly.MinValue, zone), true, false);
            }

            day = day.AddDays(-1);
            moment = ToMoment(day, time.Value, zone);
        }

        return new DateTimeReading(moment, true, time is not null);
    }

    /// <summary>
    /// Returns the first day the text gives for the event, or null. Future dates are skipped, and a
    /// month and day without a year that lies ahead means last year, unless <paramref name="allowFuture"/>
    /// is set (for answers, where the caller rejects a future date with a message).
    /// </summary>
    public static DateOnly? ReadDate(string text, DateTimeOffset now, bool allowFuture = false)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var candidates = new List<(int Index, DateOnly Date)>();
        AddExplicitDates(text, today, allowFuture, candidates);
        foreach (Match match in RelativeDay().Matches(text))
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            candidates.Add((match.Index, word is "yesterday" or "last night" ? today.AddDays(-1) : today));
        }

        foreach (Match match in Weekday().Matches(text))
        {
            candidates.Add((match.Index, PastWeekday(today, match)));
        }

        return candidates.Count == 0 ? null : candidates.MinBy(candidate => candidate.Index).Date;
    }

    private static void AddExplicitDates(string text, DateOnly today, bool allowFuture, List<(int Index, DateOnly Date)> candidates)
    {
        foreach (var match in SlashDate().Matches(text).Concat(IsoDate().Matches(text)).Concat(MonthNameDate().Matches(text)))
        {
            if (DescribesOtherDate(text, match.Index))
            {
                continue;
            }

            var date = ToDate(match, today, allowFuture);
            if (date is { } value && (allowFuture || value <= today))
            {
                candidates.Add((match.Index, value));
            }
        }
    }

    private static DateOnly? ToDate(Match match, DateOnly today, bool allowFuture)
    {
        var monthText = match.Groups["month"].Value;
        var month = int.TryParse(monthText, CultureInfo.InvariantCulture, out var number) ? number : MonthNumber(monthText);
        if (!int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day) || month is < 1 or > 12)
        {
            return null;
        }

        var yearGroup = match.Groups["year"];
        var year = !yearGroup.Success ? today.Year : int.Parse(yearGroup.Value, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return !yearGroup.Success && !allowFuture && date > today ? date.AddYears(-1) : date;
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            abbreviation => abbreviation.Length > 0 && name.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase)) + 1;

    private static DateOnly PastWeekday(DateOnly today, Match match)
    {
        var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
        var daysBack = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        var isLast = match.Groups["prefix"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
        return today.AddDays(-(daysBack == 0 && isLast ? 7 : daysBack));
    }

    /// <summary>True when a word before the date marks it as a due date, birth date or other non-event date.</summary>
    private static bool DescribesOtherDate(string text, int index)
    {
        var start = Math.Max(0, index - ContextLength);
        var before = text[start..index];
        var sentenceStart = before.LastIndexOfAny(['.', '!', '?']);
        before = sentenceStart >= 0 ? before[(sentenceStart + 1)..] : before;
        return s_otherDateWords.Any(word => Systems.TextSearch.ContainsPhrase(before, word));
    }

    /// <summary>Returns the first clock time in the text that is not a deadline, or null.</summary>
    public static TimeOnly? ReadTime(string text)
    {
        foreach (Match match in ClockTime().Matches(text))
        {
            if (DescribesOtherDate(text, match.Index))
            {
                continue;
            }

            var time = ToTime(match);
            if (time is not null)
            {
                return time;
            }
        }

        return null;
    }

    private static TimeOnly? ToTime(Match match)
    {
        if (match.Groups["noon"].Success)
        {
            return new TimeOnly(12, 0);
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"];
        if (half.Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var afternoon = half.Value.StartsWith('p') || half.Value.StartsWith('P');
            hour = (hour % 12) + (afternoon ? 12 : 0);
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>Returns the moment of <paramref name="day"/> at <paramref name="time"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToMoment(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The hour skipped when clocks spring forward: move to the first valid minute after it.
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
