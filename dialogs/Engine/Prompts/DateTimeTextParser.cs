using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Domain.Time;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads the dates and times people type, in US order: ISO 8601 ("2026-08-22T15:15-06:00",
/// "2026-08-22 15:15"), numeric dates ("8/22", "08/22/2026 3:15 pm"), month names ("Aug 22"),
/// relative days ("today 7:15am", "yesterday at 2pm"), day parts ("this morning", "last night")
/// and weekdays ("monday" or "since monday", meaning the most recent one, today included, and
/// "last monday", which on a Monday means a week ago). A time alone means today.
/// </summary>
public static class DateTimeTextParser
{
    private static readonly string[] Fillers = ["at", "on", "since", "around", "about", "approximately", "approx", "the", "in", "ish", "of"];

    private static readonly string[] IsoWithOffsetFormats =
        ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Parses <paramref name="text"/>, or returns null when it is not a date or time.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="now">The current moment; the parser reads it in <paramref name="zone"/>.</param>
    /// <param name="zone">The user's time zone; the result carries its offset on the resolved date.</param>
    /// <param name="assumePast">Resolve a yearless date later than today to last year.</param>
    public static DateTimeResolution? Parse(string? text, DateTimeOffset now, TimeZoneInfo zone, bool assumePast = false)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        if (DateTimePatterns.IsoOffset().IsMatch(text.Trim())
            && DateTimeOffset.TryParseExact(text.Trim(), IsoWithOffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return new DateTimeResolution(TimeZoneInfo.ConvertTime(exact, zone), true);
        }

        var normalized = Normalize(text);
        var time = ExtractTime(ref normalized);
        if (time is { Valid: false })
        {
            return null;
        }

        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !Fillers.Contains(word)).ToList();
        var period = ExtractDayPeriod(words);
        var date = ResolveDate(string.Join(' ', words), localNow.DateTime.Date, assumePast, period, out var isNow);
        if (date is null)
        {
            return null;
        }

        return Compose(date.Value, time, period, isNow, localNow, zone);
    }

    private static DateTimeResolution? Compose(DateTime date, ClockTime? time, DayPeriod? period, bool isNow, DateTimeOffset localNow, TimeZoneInfo zone)
    {
        if (time is null && period is null && !isNow)
        {
            return new DateTimeResolution(ToZoned(date, zone), false);
        }

        if (time is null && period is null)
        {
            return new DateTimeResolution(localNow, true);
        }

        var timeOfDay = time is { } clock ? clock.ToTimeOfDay(period) : period!.DefaultTime;
        return new DateTimeResolution(ToZoned(date + timeOfDay, zone), true);
    }

    private static string Normalize(string text)
    {
        var lower = text.Trim().ToLowerInvariant()
            .Replace("a.m.", "am", StringComparison.Ordinal)
            .Replace("p.m.", "pm", StringComparison.Ordinal)
            .Replace(',', ' ')
            .Replace("@", " at ", StringComparison.Ordinal);
        lower = DateTimePatterns.IsoTimeSeparator().Replace(lower, " ");
        return string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Removes the first clock time from <paramref name="text"/> and returns it, or null when there is none.</summary>
    private static ClockTime? ExtractTime(ref string text)
    {
        foreach (var pattern in new[] { DateTimePatterns.TwelveHourTime(), DateTimePatterns.TwentyFourHourTime(), DateTimePatterns.NamedTime(), DateTimePatterns.BareHourAfterAt() })
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                text = text.Remove(match.Index, match.Length);
                return ClockTime.FromMatch(match);
            }
        }

        return null;
    }

    /// <summary>Removes day-part words ("this morning", "last night", "tonight") and returns the part of day they name.</summary>
    private static DayPeriod? ExtractDayPeriod(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var relative = i > 0 && words[i - 1] is "this" or "last" ? words[i - 1] : null;
            var period = DayPeriod.Find(relative, words[i]);
            if (period is null)
            {
                continue;
            }

            words.RemoveAt(i);
            if (relative is not null)
            {
                words.RemoveAt(i - 1);
            }

            return period;
        }

        return null;
    }

    private static DateTime? ResolveDate(string text, DateTime today, bool assumePast, DayPeriod? period, out bool isNow)
    {
        isNow = text is "now" or "just now" or "right now";
        var date = text switch
        {
            "" or "today" or "now" or "just now" or "right now" => today,
            "yesterday" => today.AddDays(-1),
            "tomorrow" => today.AddDays(1),
            _ => ParseWeekday(text, today) ?? ParseCalendarDate(text, today, assumePast),
        };

        return date?.AddDays(-(period?.DaysBack ?? 0));
    }

    private static DateTime? ParseWeekday(string text, DateTime today)
    {
        var isLast = text.StartsWith("last ", StringComparison.Ordinal);
        var name = isLast ? text[5..] : text;
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            var full = day.ToString().ToLowerInvariant();
            if (name == full || name == full[..3])
            {
                var daysBack = ((int)today.DayOfWeek - (int)day + 7) % 7;
                return today.AddDays(-(daysBack == 0 && isLast ? 7 : daysBack));
            }
        }

        return null;
    }

    private static DateTime? ParseCalendarDate(string text, DateTime today, bool assumePast)
    {
        var match = DateTimePatterns.IsoDate().Match(text);
        if (!match.Success)
        {
            match = DateTimePatterns.NumericDate().Match(text);
        }

        if (match.Success)
        {
            return BuildDate(match.Groups["y"], ParseInt(match.Groups["m"].Value), match.Groups["d"], today, assumePast);
        }

        match = DateTimePatterns.MonthNameDate().Match(text);
        if (!match.Success)
        {
            match = DateTimePatterns.DayMonthNameDate().Match(text);
        }

        var month = match.Success ? ParseMonthName(match.Groups["mon"].Value) : null;
        return month is null ? null : BuildDate(match.Groups["y"], month.Value, match.Groups["d"], today, assumePast);
    }

    private static DateTime? BuildDate(Group yearGroup, int month, Group dayGroup, DateTime today, bool assumePast)
    {
        var day = ParseInt(dayGroup.Value);
        var year = !yearGroup.Success ? today.Year
            : yearGroup.Value.Length == 2 ? 2000 + ParseInt(yearGroup.Value)
            : ParseInt(yearGroup.Value);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (!yearGroup.Success && assumePast && date > today && (month != 2 || day != 29))
        {
            date = date.AddYears(-1);
        }

        return date;
    }

    private static int? ParseMonthName(string name)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            var full = names[i].ToLowerInvariant();
            if (name == full || (name.Length >= 3 && full.StartsWith(name, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Attaches the zone's offset to a local time; a time skipped by a daylight-saving change moves one hour later.</summary>
    private static DateTimeOffset ToZoned(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    internal static int ParseInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
