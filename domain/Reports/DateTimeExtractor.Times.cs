using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Domain.Time;

namespace HelpBot.Domain.Reports;

/// <summary>Clock times: which time in a text is the problem's, and how a day part reads it.</summary>
internal static partial class DateTimeExtractor
{
    /// <summary>
    /// Returns the first clock time in the text that is not a deadline, read in <paramref name="dayPart"/>
    /// ("this evening at 7:30" is 19:30), or null. Next to a day part a bare hour counts ("this morning at 8").
    /// </summary>
    // ofDayPart is set when the time belongs to the day part: a bare hour read next to it, or a clock time
    // right after it ("this morning at 7:15") or right before it ("7:15 this morning"). clock is the clock
    // time's match, and null for a bare hour or no time.
    private static TimeOnly? ReadTime(string text, DayPartMatch? dayPart, out bool ofDayPart, out Match? clock)
    {
        ofDayPart = false;
        clock = null;
        foreach (Match match in ClockTime().Matches(text))
        {
            if (DescribesOtherDate(text, match.Index))
            {
                continue;
            }

            var time = ToTime(match, dayPart?.Period);
            if (time is not null)
            {
                ofDayPart = dayPart is not null && BelongsTo(text, match, dayPart);
                clock = match;
                return time;
            }
        }

        var bareHour = dayPart is null ? null : ReadBareHour(text, dayPart);
        ofDayPart = bareHour is not null;
        return bareHour;
    }

    private static bool BelongsTo(string text, Match time, DayPartMatch dayPart)
    {
        if (time.Index >= dayPart.End)
        {
            var gap = text[dayPart.End..time.Index].Trim().ToLowerInvariant();
            return gap.Length == 0 || gap is "at" or "around" or "about";
        }

        return time.Index + time.Length <= dayPart.Index && string.IsNullOrWhiteSpace(text[(time.Index + time.Length)..dayPart.Index]);
    }

    // A bare hour right before or after the day part: "at 8 this morning", "tonight around 9".
    private static TimeOnly? ReadBareHour(string text, DayPartMatch dayPart)
    {
        foreach (Match match in BareHour().Matches(text))
        {
            var afterDayPart = match.Index >= dayPart.End && IsBlankOrComma(text[dayPart.End..match.Index]);
            var beforeDayPart = match.Index + match.Length <= dayPart.Index && IsBlankOrComma(text[(match.Index + match.Length)..dayPart.Index]);
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            if ((afterDayPart || beforeDayPart) && hour is >= 1 and <= 12)
            {
                return new TimeOnly(dayPart.Period.ToTwentyFourHour(hour), 0);
            }
        }

        return null;
    }

    private static bool IsBlankOrComma(string text) => text.All(character => char.IsWhiteSpace(character) || character == ',');

    private static TimeOnly? ToTime(Match match, DayPeriod? period)
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
        else if (period is not null)
        {
            hour = period.ToTwentyFourHour(hour);
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }
}
