using System.Globalization;
using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds a person's age ("34 years old", "age 34", "34 y/o"); the finding is the number.</summary>
public sealed partial class AgeRecognizer : PatternRecognizer
{
    private const int MaxAge = 120;

    private static readonly PiiPattern[] Patterns =
    [
        new("Years old", YearsOldRegex(), 0.6) { AnyDigitRun = DigitRuns.Between(1, 3), MinDigits = 1, Trigger = PiiPattern.AnyOf("old", "yo", "y/o", "y.o.", "yr") },
        new("Age and a number", AgeNumberRegex(), 0.6) { AnyDigitRun = DigitRuns.Between(1, 3), MinDigits = 1, Trigger = PiiPattern.AnyWordOf("age") },
        new("Is and a number", IsNumberRegex(), 0.2) { AnyDigitRun = DigitRuns.Between(1, 3), MinDigits = 1, Trigger = PiiPattern.AnyWordOf("is", "turn") },
        new("Turn or a person's was and a number", TurnedNumberRegex(), 0.5)
        {
            AnyDigitRun = DigitRuns.Between(1, 3),
            MinDigits = 1,
            Trigger = PiiPattern.AnyOf(TriggerString.WordStart("turn"), TriggerString.WholeWord("was"), TriggerString.WholeWord("am")),
        },
    ];

    /// <summary>Creates the recognizer.</summary>
    public AgeRecognizer()
        : base(PiiCategories.Age, PiiTier.LinkedDetail, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
    [
        "son", "daughter", "child", "kid", "baby", "husband", "wife", "spouse", "mother", "father", "brother", "sister",
        "grandmother", "grandfather", "client", "applicant", "member",
    ];

    /// <inheritdoc/>
    protected override int ContextCharactersBefore => 40;

    /// <inheritdoc/>
    protected override int ContextCharactersAfter => 0;

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value) =>
        !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > MaxAge;

    // Accepts a number of 1 to 3 digits followed by years old, yrs old, year-old, yo, y/o or y.o.
    // (34 years old, 7-year-old, 34 y/o); any case. The number is the pii group.
    [GeneratedRegex(@"(?<![\w.\-/])(?<pii>\d{1,3})(?:[\s\-]?(?:years?|yrs?)[\s\-]?old\b|\s?(?:yo|y/o|y\.o\.)(?![\w/]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex YearsOldRegex();

    // Accepts "age" or "aged" in any case, an optional colon, "is" or "of", and a number of 1 to 3 digits
    // (age 34, aged 7, age: 34, at the age of 70). The number is the pii group.
    [GeneratedRegex(@"\bage[ds]?\s*(?::|is|of)?\s*(?<pii>\d{1,3})(?![\w.\-/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AgeNumberRegex();

    // Accepts "is", "turns", "turned" or "turning" and a number of 1 to 3 digits that no unit follows (her daughter
    // Dana is 7 and ...). A person word such as "daughter" is needed before it to pass the threshold. The
    // number is the pii group.
    [GeneratedRegex(@"\b(?:is|turns|turned|turning)\s+(?<pii>\d{1,3})(?![\w.\-/:%$,]\d|[\w\-/:%]|\s*(?:days?|weeks?|months?|hours?|hrs?|minutes?|mins?|seconds?|times?|pages?|percent|dollars?|am|pm|a\.m|p\.m|of|out|files?|documents?|people|members?|kids|children)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IsNumberRegex();

    // Accepts "turn", "turned" or "turning", or "I am" or "he/she/I was" in any case, then a number of 1
    // to 3 digits that no unit follows (she turned 30, when he was 41). The number is the pii group.
    [GeneratedRegex(@"\b(?:turn|turned|turning|I\s+am|(?:he|she|I)\s+was)\s+(?<pii>\d{1,3})(?![\w\-/:%$,]\d|[\w\-/:%]|\.\d|\s*(?:days?|weeks?|months?|hours?|hrs?|minutes?|mins?|seconds?|times?|pages?|percent|dollars?|degrees?|am|pm|a\.m|p\.m|of|out|files?|documents?|people|members?|kids|children|in\s+line)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TurnedNumberRegex();
}
