using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds ABA bank routing numbers: nine digits whose first two are 00-12, 21-32, 61-72 or 80 and that
/// pass the ABA checksum (3, 7, 1 weights). A cue such as "routing" is needed to pass the threshold.
/// </summary>
public sealed partial class AbaRoutingNumberRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Nine-digit routing number", RoutingRegex(), 0.2) { AnyDigitRun = DigitRuns.Of(4, 9), MinDigits = 9, MinDigitRun = 4 }];

    /// <summary>Creates the recognizer.</summary>
    public AbaRoutingNumberRecognizer()
        : base(PiiCategories.ABARoutingNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["routing", "aba", "rtn", "routing number", "bank", "direct deposit"];

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[9];
        if (DigitRules.ExtractDigits(value, digits) != 9)
        {
            return true;
        }

        var prefix = DigitRules.ToNumber(digits[..2]);
        var validPrefix = prefix is (>= 0 and <= 12) or (>= 21 and <= 32) or (>= 61 and <= 72) or 80;
        return !validPrefix || !PassesChecksum(digits);
    }

    /// <summary>Returns true when 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) is a multiple of 10.</summary>
    internal static bool PassesChecksum(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i += 3)
        {
            sum += (3 * (digits[i] - '0')) + (7 * (digits[i + 1] - '0')) + (digits[i + 2] - '0');
        }

        return sum % 10 == 0;
    }

    // Accepts nine digits, optionally written 4-4-1 with dashes (0110-0001-5), not inside a longer
    // number or word.
    [GeneratedRegex(@"(?<![\w\-.])(?:\d{9}|\d{4}-\d{4}-\d)(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex RoutingRegex();
}
