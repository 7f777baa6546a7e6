using System.Text.RegularExpressions;
using HelpBot.Domain.Time;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>A clock time as typed, before the day part and am/pm are applied.</summary>
internal readonly record struct ClockTime(int Hour, int Minute, int Second, string? Meridiem)
{
    /// <summary>Whether the numbers form a real time: hours 1-12 with am/pm, 0-23 without, minutes and seconds 0-59.</summary>
    public bool Valid => Minute is >= 0 and < 60 && Second is >= 0 and < 60
        && (Meridiem is null ? Hour is >= 0 and < 24 : Hour is >= 1 and <= 12);

    public static ClockTime FromMatch(Match match)
    {
        if (match.Groups["word"].Success)
        {
            return match.Groups["word"].Value == "noon" ? new ClockTime(12, 0, 0, null) : new ClockTime(0, 0, 0, null);
        }

        var minute = match.Groups["m"].Success ? DateTimeTextParser.ParseInt(match.Groups["m"].Value) : 0;
        var second = match.Groups["s"].Success ? DateTimeTextParser.ParseInt(match.Groups["s"].Value) : 0;
        var meridiem = match.Groups["ap"].Success ? match.Groups["ap"].Value[..1] : null;
        return new ClockTime(DateTimeTextParser.ParseInt(match.Groups["h"].Value), minute, second, meridiem);
    }

    /// <summary>
    /// Returns the time of day. Without am/pm, <see cref="DayPeriod.ToTwentyFourHour"/> reads the hour
    /// in the period; with no period it is read on the 24-hour clock.
    /// </summary>
    public TimeSpan ToTimeOfDay(DayPeriod? period)
    {
        var hour = Meridiem switch
        {
            "a" => Hour % 12,
            "p" => (Hour % 12) + 12,
            _ => period?.ToTwentyFourHour(Hour) ?? Hour,
        };
        return new TimeSpan(hour, Minute, Second);
    }
}
