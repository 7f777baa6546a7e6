using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds US Social Security numbers. A number is invalid when its area is 000, 666 or 900-999 (900-999
/// are ITINs), its group is 00 or its serial is 0000, or all nine digits are the same. Well-known sample
/// numbers such as 078-05-1120 still count, because people type them as real ones.
/// </summary>
public sealed partial class UsSocialSecurityNumberRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("SSN with separators", DelimitedRegex(), 0.6) { AllDigitRuns = DigitRuns.Of(2, 3, 4), MinDigits = 9, MinDigitRun = 3 },
        new("SSN, digits only", DigitsOnlyRegex(), 0.2) { AnyDigitRun = DigitRuns.Of(9), MinDigitRun = 9 },
    ];

    /// <summary>Creates the recognizer.</summary>
    public UsSocialSecurityNumberRecognizer()
        : base(PiiCategories.USSocialSecurityNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["ssn", "ss#", "ss #", "social", "social security", "security number", "ssa"];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NegativeContextWords { get; } =
        ["ticket", "incident", "tracking", "confirmation", "order", "routing", "itin"];

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value) => !IsValidNumber(value);

    /// <summary>Returns true when <paramref name="value"/> contains nine digits that the SSN rules accept.</summary>
    internal static bool IsValidNumber(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[9];
        if (DigitRules.ExtractDigits(value, digits) != 9)
        {
            return false;
        }

        var area = DigitRules.ToNumber(digits[..3]);
        var group = DigitRules.ToNumber(digits[3..5]);
        var serial = DigitRules.ToNumber(digits[5..]);
        return !(area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 || DigitRules.AllSame(digits));
    }

    // Accepts 3-2-4 digits separated by the same dash, space or dot both times (078-05-1120,
    // 078 05 1120), not inside a longer run of digits, letters or dashes.
    [GeneratedRegex(@"(?<![\w\-.])\d{3}(?<sep>[\-\s.])\d{2}\k<sep>\d{4}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DelimitedRegex();

    // Accepts nine digits with no separators. A context word such as "SSN" is needed to pass the
    // threshold, because many other numbers have nine digits.
    [GeneratedRegex(@"(?<![\w\-.])\d{9}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DigitsOnlyRegex();
}
