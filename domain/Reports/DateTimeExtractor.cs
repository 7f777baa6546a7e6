using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Domain.Time;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads when a problem happened: explicit dates (8/22, 09/27/2011, 2026-08-22, Aug 22), clock times
/// (7:15am, 5pm, 17:30), relative days (today, yesterday, Monday, since Mon, last Friday, this Tuesday, next Monday) and day parts (this morning,
/// yesterday afternoon, last night, tonight at 8), resolved against the current time in the user's
/// time zone. A day part without a clock time gives its <see cref="DayPeriod.DefaultTime"/>.
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

    // Relative days. Day parts such as "this morning" are read word by word with DayPeriod.
    [GeneratedRegex(@"\b(?<word>today|yesterday)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RelativeDay();

    // Words, to find day parts: "this morning", "yesterday afternoon", "on Friday evening", "tonight".
    [GeneratedRegex(@"\b[a-z]+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Word();

    // A bare hour after "at", "around" or "about" ("at 8", "around 7 o'clock"), read only next to a day part.
    [GeneratedRegex(@"\b(?:at|around|about)\s+(?:about\s+|around\s+)?(?<hour>\d{1,2})(?![\d:/\-])(?!\.\d)(?:\s*o'?clock\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BareHour();

    // "tomorrow" with the day part and clock time that belong to it ("tomorrow at 9am", "5pm tomorrow"),
    // which tell of a plan or a deadline, not of when the problem happened.
    [GeneratedRegex(@"\btomorrow(?:\s+(?:morning|afternoon|evening|night))?(?:\s*(?:at|around|by|before|after|@)?\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?)?|\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?\s+tomorrow\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TomorrowPhrase();

    // Blanks each "tomorrow" phrase with spaces, so the other parts keep their positions.
    private static string WithoutTomorrow(string text) =>
        text.Contains("tomorrow", StringComparison.OrdinalIgnoreCase)
            ? TomorrowPhrase().Replace(text, match => new string(' ', match.Length))
            : text;

    /// <summary>
    /// Returns the moment the text gives, or null when it gives no date, day part and clock time, or a
    /// date and clock time in the future. A clock time later than now with no date means the day before.
    /// </summary>
    public static DateTimeReading? Read(string text, DateTimeOffset now, TimeZoneInfo zone) => Read(text, now, zone, out _);

    /// <summary>
    /// Like <see cref="Read(string, DateTimeOffset, TimeZoneInfo)"/>, and sets <paramref name="laterThanNow"/>
    /// to the moment of a date and clock time that were not read because they lie after <paramref name="now"/>
    /// ("5pm today" typed in the morning), so the caller can explain why it requests the time.
    /// </summary>
    public static DateTimeReading? Read(string text, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset? laterThanNow)
    {
        laterThanNow = null;
        var parts = ReadParts(text, now);
        if (parts.IsEmpty)
        {
            return null;
        }

        var day = parts.Date ?? DateOnly.FromDateTime(now.DateTime);
        var reading = Compose(parts, day, now, zone);
        if (parts.ClockTime is not { } time || reading.Value <= now)
        {
            return reading;
        }

        // A clock time later than now with no date meant the day before. With a date it is in the future,
        // so nothing is read and the question about the time is asked.
        if (parts.Date is not null)
        {
            laterThanNow = reading.Value;
            return null;
        }

        return new DateTimeReading(ToMoment(day.AddDays(-1), time, zone), true, true);
    }

    /// <summary>
    /// Returns the day, clock time and day part the text gives. Future dates ("next Monday") are skipped,
    /// and a month and day without a year that lies ahead means last year, unless <paramref name="allowFuture"/>
    /// is set (for answers, where the caller rejects a future date with a message).
    /// </summary>
    public static DateTimeParts ReadParts(string text, DateTimeOffset now, bool allowFuture = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = WithoutTomorrow(text);
        if (!allowFuture)
        {
            text = WithoutFutureWeekdays(text, DateOnly.FromDateTime(now.DateTime));
        }

        var dayPart = ReadDayPart(text);
        var time = ReadTime(text, dayPart, out var timeOfDayPart, out var clock);

        // A day part that names a day ("last try this morning", "this morning around 7") decides the day, with its
        // time or its default time, even when the text names an earlier date first ("since last Monday"). A clock
        // time elsewhere in the text belongs to that other date.
        var date = dayPart is { NamesDay: true } && (timeOfDayPart || time is null)
            ? DateOnly.FromDateTime(now.DateTime).AddDays(-dayPart.Period.DaysBack)
            : ReadDate(text, now, allowFuture, dayPart, clock);
        return new DateTimeParts(date, time, dayPart?.Period);
    }

    /// <summary>
    /// Returns the moment of <paramref name="parts"/> on <paramref name="day"/>. A day part's default
    /// time still ahead of now today becomes now ("tonight" said at 7 pm), because the problem has
    /// happened by the time it is reported.
    /// </summary>
    public static DateTimeReading Compose(DateTimeParts parts, DateOnly day, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var moment = ToMoment(day, parts.TimeOfDay, zone);
        if (parts.ClockTime is null && parts.Period is not null && moment > now && day == DateOnly.FromDateTime(now.DateTime))
        {
            moment = ToMoment(day, new TimeOnly(now.Hour, now.Minute), zone);
        }

        return new DateTimeReading(moment, true, parts.ClockTime is not null);
    }

    // Of several days in the text, the one nearest the clock time is the time's day: "since last Monday, latest
    // try yesterday at 4pm" is yesterday at 4 PM. Without a clock time it is the first day named.
    private static DateOnly? ReadDate(string text, DateTimeOffset now, bool allowFuture, DayPartMatch? dayPart, Match? clock)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var candidates = new List<DayCandidate>();
        AddExplicitDates(text, today, allowFuture, candidates);
        foreach (Match match in RelativeDay().Matches(text))
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            candidates.Add(new DayCandidate(match.Index, match.Length, word == "yesterday" ? today.AddDays(-1) : today));
        }

        foreach (Match match in Weekday().Matches(text))
        {
            if (!IsWeekday(text, match) || DescribesOtherDate(text, match.Index))
            {
                continue;
            }

            var date = WeekdayDate(today, match);
            if (allowFuture || date <= today)
            {
                candidates.Add(new DayCandidate(match.Index, match.Length, date));
            }
        }

        if (dayPart is { NamesDay: true })
        {
            candidates.Add(new DayCandidate(dayPart.Index, dayPart.Length, today.AddDays(-dayPart.Period.DaysBack)));
        }

        return candidates.Count == 0 ? null
            : clock is not null ? candidates.MinBy(candidate => DistanceToTime(text, candidate, clock)).Date
            : candidates.MinBy(candidate => candidate.Index).Date;
    }

    // The characters between a day and the clock time, doubled, plus one for a day after the time, so of two
    // days at the same distance the one before the time wins. A day after the time and a comma or a stop
    // ("at 9am, and this morning again") is farther than any day before it.
    private static int DistanceToTime(string text, DayCandidate day, Match clock)
    {
        if (day.Index < clock.Index)
        {
            return Math.Max(0, clock.Index - day.End) * 2;
        }

        var clockEnd = clock.Index + clock.Length;
        var gap = text.AsSpan(Math.Min(clockEnd, day.Index), Math.Max(0, day.Index - clockEnd));
        var separated = gap.ContainsAny(SentenceBreaks);
        return (gap.Length * 2) + 1 + (separated ? text.Length * 2 : 0);
    }

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(",;.!?");

    private static void AddExplicitDates(string text, DateOnly today, bool allowFuture, List<DayCandidate> candidates)
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
                candidates.Add(new DayCandidate(match.Index, match.Length, value));
            }
        }
    }

    /// <summary>Returns the first written date in <paramref name="text"/> that is no day of the calendar ("2/30", "2026-13-45"), or null.</summary>
    public static string? FindImpossibleDate(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var match in SlashDate().Matches(text).Concat(IsoDate().Matches(text)).Concat(MonthNameDate().Matches(text)))
        {
            if (ToDate(match, today, allowFuture: true) is null)
            {
                return match.Value.Trim();
            }
        }

        return null;
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

    /// <summary>True when a word before the date marks it as a due date, birth date or other non-event date.</summary>
    private static bool DescribesOtherDate(string text, int index)
    {
        var start = Math.Max(0, index - ContextLength);
        var before = text[start..index];
        var sentenceStart = before.LastIndexOfAny(['.', '!', '?']);
        before = sentenceStart >= 0 ? before[(sentenceStart + 1)..] : before;
        return s_otherDateWords.Any(word => Systems.TextSearch.ContainsPhrase(before, word));
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

    /// <summary>A day the text names, where its words start and how long they are.</summary>
    private readonly record struct DayCandidate(int Index, int Length, DateOnly Date)
    {
        public int End => Index + Length;
    }

    /// <summary>A day part found in text, where it starts and ends, and whether it gives the day itself ("this", "last", "tonight").</summary>
    private sealed record DayPartMatch(int Index, int Length, DayPeriod Period, bool NamesDay)
    {
        public int End => Index + Length;
    }
}
