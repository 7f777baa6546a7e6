using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds dates, weekdays, years after a preposition and times of day (General profile only): 2024-01-31
/// 09:15:00, 1/31/2024, 31.01.2024, January 31, 2024, 31 January 2024, January 2024, Monday, "in 1999", 2:30 pm.
/// </summary>
public sealed partial class DateTimeRecognizer : PatternRecognizer, IGeneralProfileRecognizer
{
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private static readonly PiiPattern[] Patterns =
    [
        new("ISO date and time", IsoDateRegex(), 0.6) { MinDigitRun = 4, MinDigits = 8 },
        new("Numeric date", NumericDateRegex(), 0.6) { MinDigits = 4 },
        new("Date with a month name", MonthNameDateRegex(), 0.6)
        {
            MinDigits = 1,
            Trigger = PiiPattern.AnyOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        },
        new("Weekday", WeekdayRegex(), 0.6) { Trigger = PiiPattern.AnyOf("day") },
        new("Year after a preposition", YearRegex(), 0.6)
        {
            MinDigitRun = 4,
            Trigger = PiiPattern.AnyOf("in", "since", "from", "until", "by", "before", "after", "during", "year", "of"),
        },
        new("Time of day", TimeRegex(), 0.6) { MinDigits = 1, Trigger = PiiPattern.AnyOf(":", "am", "pm", "a.m", "p.m") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public DateTimeRecognizer()
        : base(PiiCategories.DateTime, PiiTier.LinkedDetail, Patterns)
    {
    }

    // Accepts yyyy-mm-dd with an optional time hh:mm or hh:mm:ss after a space or T.
    [GeneratedRegex(@"(?<![\w\-])(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?(?![\w\-])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IsoDateRegex();

    // Accepts day, month and year (either order of day and month) joined by / . or -, with a two- or
    // four-digit year: 6/20/2020, 20.06.2020, 6-20-20.
    [GeneratedRegex(@"(?<![\w./\-])[0-3]?\d([/.\-])[0-3]?\d\1(?:1[89]|20)?\d\d(?![\w/\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NumericDateRegex();

    // Accepts "June 20", "June 20th, 2020", "20 June 2020", "20th of June" and "June 2020"; month names
    // capitalized or in any case when spelled out.
    [GeneratedRegex(@"\b(?:" + Month + @"\.?[ \t]+(?:[0-3]?\d(?:st|nd|rd|th)?(?:,?[ \t]+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)|[0-3]?\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + Month + @"\.?(?:,?[ \t]+(?:1[89]|20)\d\d)?)(?![\w])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex MonthNameDateRegex();

    // Accepts a weekday name, capitalized (Saturday, Tuesday).
    [GeneratedRegex(@"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex WeekdayRegex();

    // Accepts a year from 1800 to 2099 after a preposition or "year" (in 1999, since 2010); the year is
    // the finding.
    [GeneratedRegex(@"(?<=\b(?i:in|since|from|until|by|before|after|during|year|of)[ \t]+)(?:1[89]|20)\d\d(?![\w\-/]|[.,]\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex YearRegex();

    // Accepts hh:mm with optional seconds and am/pm, or an hour with am/pm (2:30 pm, 14:05, 9am). A
    // period after "am" ends the sentence and is not taken; "a.m." keeps its last dot.
    [GeneratedRegex(@"(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]?(?i:[ap]m|[ap]\.m\.?))?(?![\w:])|(?<![\w:.])(?:1[0-2]|0?\d)[ \t]?(?i:[ap]m|[ap]\.m\.?)(?!\w)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TimeRegex();
}
