using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds US individual taxpayer identification numbers: 9XX-GG-SSSS where the group GG is 50-65, 70-88,
/// 90-92 or 94-99, as the IRS assigns them.
/// </summary>
public sealed partial class UsIndividualTaxpayerIdentificationRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("ITIN with separators", DelimitedRegex(), 0.5) { AllDigitRuns = DigitRuns.Of(2, 3, 4), MinDigits = 9, MinDigitRun = 3 },
        new("ITIN, digits only", DigitsOnlyRegex(), 0.2) { AnyDigitRun = DigitRuns.Of(9), MinDigitRun = 9 },
    ];

    /// <summary>Creates the recognizer.</summary>
    public UsIndividualTaxpayerIdentificationRecognizer()
        : base(PiiCategories.USIndividualTaxpayerIdentification, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["itin", "taxpayer", "tax id", "tax identification", "individual taxpayer"];

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[9];
        if (DigitRules.ExtractDigits(value, digits) != 9)
        {
            return true;
        }

        var group = DigitRules.ToNumber(digits[3..5]);
        var validGroup = group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);
        return !validGroup;
    }

    // Accepts 9XX-GG-SSSS with the same dash, space or dot both times.
    [GeneratedRegex(@"(?<![\w\-.])9\d{2}(?<sep>[\-\s.])\d{2}\k<sep>\d{4}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DelimitedRegex();

    // Accepts nine digits starting with 9 and no separators; needs a context word such as "ITIN".
    [GeneratedRegex(@"(?<![\w\-.])9\d{8}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DigitsOnlyRegex();
}
