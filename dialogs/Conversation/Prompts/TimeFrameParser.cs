using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Reads a promised time frame such as "3 business days", "48 hours" or "2 weeks".</summary>
public static partial class TimeFrameParser
{
    /// <summary>
    /// Returns the time frame <paramref name="text"/> names, or null when it names none. Its end is
    /// counted from a start by <see cref="TimeFrame.EndFrom"/>.
    /// </summary>
    public static TimeFrame? Parse(string? text)
    {
        var match = TimeFrameRegex().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        return unit switch
        {
            _ when unit[0] == 'h' => TimeFrame.Hours(amount),
            _ when unit[0] == 'w' => TimeFrame.Weeks(amount),
            _ when match.Groups["business"].Success => TimeFrame.BusinessDays(amount),
            _ => TimeFrame.Days(amount),
        };
    }

    // A count (1 to 3 digits) and a unit: hours, days, business or working days, weeks.
    [GeneratedRegex(@"(?<count>\d{1,3})\s*(?<business>business\s+|working\s+)?(?<unit>hours?|hrs?|days?|weeks?|wks?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeFrameRegex();
}
