using System.Globalization;
using System.Text.RegularExpressions;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Reads a promised time frame such as "3 business days", "48 hours" or "2 weeks".</summary>
public static partial class TimeFrameParser
{
    /// <summary>
    /// Returns the time from <paramref name="from"/> to the end of the time frame, or null when the text
    /// is not a time frame. Business days skip Saturdays and Sundays (not holidays).
    /// </summary>
    public static TimeSpan? Parse(string? text, DateTimeOffset from)
    {
        var match = TimeFrame().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }

        var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        return unit switch
        {
            _ when unit[0] == 'h' => TimeSpan.FromHours(count),
            _ when unit[0] == 'w' => TimeSpan.FromDays(7 * count),
            _ when match.Groups["business"].Success => AddBusinessDays(from, count) - from,
            _ => TimeSpan.FromDays(count),
        };
    }

    private static DateTimeOffset AddBusinessDays(DateTimeOffset from, int count)
    {
        var date = from;
        while (count > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count--;
            }
        }

        return date;
    }

    // A count (1 to 3 digits) and a unit: hours, days, business or working days, weeks.
    [GeneratedRegex(@"(?<count>\d{1,3})\s*(?<business>business\s+|working\s+)?(?<unit>hours?|hrs?|days?|weeks?|wks?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeFrame();
}
