using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds Colorado driver's license and ID card numbers: two, three and four digits with dashes
/// (12-345-6789) or nine digits. Other numbers have the same shape, so a cue such as "driver's license"
/// or "DL" is needed to pass the threshold.
/// </summary>
public sealed partial class UsDriversLicenseNumberRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Colorado license number with dashes", DashedRegex(), 0.3) { AllDigitRuns = DigitRuns.Of(2, 3, 4), MinDigits = 9, MinDigitRun = 2 },
        new("Colorado license number, digits only", DigitsOnlyRegex(), 0.2) { AnyDigitRun = DigitRuns.Of(9), MinDigitRun = 9 },
    ];

    /// <summary>Creates the recognizer.</summary>
    public UsDriversLicenseNumberRecognizer()
        : base(PiiCategories.USDriversLicenseNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
    [
        "driver's license", "drivers license", "driver license", "driver's licence", "license number", "license #",
        "license", "licence", "dl", "dl#", "dl #", "cdl", "state id card", "id card",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NegativeContextWords { get; } =
        ["ticket", "tracking", "confirmation", "routing", "case", "ssn", "social security"];

    // Accepts 2-3-4 digits joined by dashes (12-345-6789), not inside a longer number or word.
    [GeneratedRegex(@"(?<![\w\-.])\d{2}-\d{3}-\d{4}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DashedRegex();

    // Accepts nine digits with no separators.
    [GeneratedRegex(@"(?<![\w\-.])\d{9}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DigitsOnlyRegex();
}
