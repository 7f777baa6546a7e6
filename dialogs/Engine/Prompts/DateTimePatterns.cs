using System.Text.RegularExpressions;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Regular expressions of <see cref="DateTimeTextParser"/>; input is already lower case.</summary>
internal static partial class DateTimePatterns
{
    // The patterns cannot backtrack badly; the time-out only guards against a stalled machine, and
    // 100 ms was exceeded on a loaded CI host while the test assemblies ran in parallel.
    private const int TimeoutMilliseconds = 1000;

    /// <summary>A clock time with am/pm: "3pm", "3 pm", "7:15am", "3:15:00 p".</summary>
    [GeneratedRegex(@"\b(?<h>\d{1,2})(?::(?<m>\d{2}))?(?::(?<s>\d{2}))?\s*(?<ap>am|pm|a|p)\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex TwelveHourTime();

    /// <summary>A clock time without am/pm: "15:15", "3:15", "07:05:30".</summary>
    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex TwentyFourHourTime();

    /// <summary>"noon" or "midnight".</summary>
    [GeneratedRegex(@"\b(?<word>noon|midnight)\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex NamedTime();

    /// <summary>A bare hour after "at": "at 8" in "this morning at 8".</summary>
    [GeneratedRegex(@"\bat\s+(?<h>\d{1,2})\b(?![/\-.:])", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex BareHourAfterAt();

    /// <summary>An explicit UTC offset or Z after the time of an ISO 8601 value: "t15:15z", "t15:15:00-04:00".</summary>
    [GeneratedRegex(@"t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+\-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMilliseconds)]
    public static partial Regex IsoOffset();

    /// <summary>A US numeric date: "8/22", "08/22/2026", "8-22-26".</summary>
    [GeneratedRegex(@"^(?<m>\d{1,2})[/\-.](?<d>\d{1,2})(?:[/\-.](?<y>\d{4}|\d{2}))?$", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex NumericDate();

    /// <summary>An ISO 8601 calendar date: "2026-08-22".</summary>
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex IsoDate();

    /// <summary>Month name first: "aug 22", "august 22nd 2026", "sept. 3".</summary>
    [GeneratedRegex(@"^(?<mon>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?<y>\d{4}))?$", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex MonthNameDate();

    /// <summary>Day first: "22 aug", "22nd august 2026".</summary>
    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[a-z]{3,9})\.?(?:\s+(?<y>\d{4}))?$", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex DayMonthNameDate();

    /// <summary>The "T" between an ISO date and time: "2026-08-22t15:15".</summary>
    [GeneratedRegex(@"(?<=\d{4}-\d{1,2}-\d{1,2})t(?=\d)", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex IsoTimeSeparator();
}
