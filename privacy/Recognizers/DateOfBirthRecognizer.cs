using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds dates of birth: a date with a year near "DOB", "date of birth", "born" or "birthday". A date
/// with no such word is the date of the problem, which is not PII, so it stays below the threshold.
/// </summary>
public sealed partial class DateOfBirthRecognizer : PatternRecognizer
{
    private const double DateScore = 0.2;

    // The first three letters of every month name, which start a word in every written date.
    private static readonly TriggerWords MonthNames = PiiPattern.AnyWordOf(
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static readonly PiiPattern[] Patterns =
    [
        new("Numeric month/day/year date", NumericRegex(), DateScore) { AnyDigitRun = DigitRuns.Of(2, 4), MinDigits = 4 },
        new("ISO 8601 date", IsoRegex(), DateScore) { AllDigitRuns = DigitRuns.Of(4), MinDigits = 6, MinDigitRun = 4 },
        new("Written month day, year date", MonthFirstRegex(), DateScore)
        {
            AllDigitRuns = DigitRuns.Of(4), MinDigits = 5, MinDigitRun = 4, Trigger = MonthNames,
        },
        new("Written day month year date", DayFirstRegex(), DateScore)
        {
            AllDigitRuns = DigitRuns.Of(4), MinDigits = 5, MinDigitRun = 4, Trigger = MonthNames,
        },
    ];

    /// <summary>Creates the recognizer.</summary>
    public DateOfBirthRecognizer()
        : base(PiiCategories.DateOfBirth, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "birthday", "born", "bday", "b-day", "birth"];

    /// <inheritdoc/>
    protected override int ContextCharactersBefore => 32;

    /// <inheritdoc/>
    protected override int ContextCharactersAfter => 12;

    // Accepts month/day/year with the same slash, dash or dot both times: month 1-12, day 1-31 and a
    // two- or four-digit year (01/01/1900, 1-1-00). Dates with no year (8/22) are not accepted.
    [GeneratedRegex(@"(?<![\w/\-.])(?:0?[1-9]|1[0-2])(?<sep>[/\-.])(?:0?[1-9]|[12]\d|3[01])\k<sep>(?:(?:19|20)\d{2}|\d{2})(?![\w/\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NumericRegex();

    // Accepts year-month-day (1900-01-01).
    [GeneratedRegex(@"(?<![\w\-.])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IsoRegex();

    // Accepts a month name or abbreviation, a day with an optional ordinal suffix and a four-digit year
    // (January 1, 1900; Jan. 1st 1900).
    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex MonthFirstRegex();

    // Accepts a day, a month name or abbreviation and a four-digit year (1 January 1900, 1 Jan 1900).
    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DayFirstRegex();
}
