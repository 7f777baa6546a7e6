using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds USCIS alien registration numbers ("A-numbers"): the letter A and 8 or 9 digits. The shape is
/// common enough that a cue such as "A-number", "alien" or "USCIS" is needed to pass the threshold.
/// </summary>
public sealed partial class AlienRegistrationNumberRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("A-number", AlienNumberRegex(), 0.3) { AnyDigitRun = DigitRuns.Of(2, 3, 5, 6, 8, 9), MinDigits = 8, MinDigitRun = 2 }];

    /// <summary>Creates the recognizer.</summary>
    public AlienRegistrationNumberRecognizer()
        : base(PiiCategories.AlienRegistrationNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
    [
        "a-number", "a number", "a#", "a #", "alien", "alien number", "registration", "uscis", "immigration",
        "green card", "permanent resident", "ead", "work permit", "i-94",
    ];

    // Accepts A or a, an optional dash, # or space, then 8 or 9 digits, in groups of 3-3-2 or 3-3-3 that
    // may be separated by dashes or spaces (A12345678, A-123-456-789, A# 123456789).
    [GeneratedRegex(@"(?<![\w\-])[Aa](?:[\-#]\s?|\s)?\d{3}[\-\s]?\d{3}[\-\s]?\d{2,3}(?![\w\-])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AlienNumberRegex();
}
