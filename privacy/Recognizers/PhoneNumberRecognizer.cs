using System.Text.RegularExpressions;
using PhoneNumbers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds phone numbers. US-formatted candidates must be valid numbers of the North American plan by
/// libphonenumber's rules (<see cref="NanpNumberRules"/>; the 555-01xx numbers reserved for fiction are
/// valid there, so they are found like real ones);
/// international candidates starting with + are located with <see cref="PhoneNumberUtil.FindNumbers(string, string, PhoneNumberUtil.Leniency, long)"/>.
/// </summary>
public sealed partial class PhoneNumberRecognizer : PatternRecognizer
{
    private const string DefaultRegion = "US";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly PiiPattern[] Patterns =
    [
        new("US phone number with separators", FormattedRegex(), 0.7) { AllDigitRuns = DigitRuns.Of(3, 4), MinDigits = 10, MinDigitRun = 3 },
        new("US phone number, digits only", DigitsOnlyRegex(), 0.3) { AnyDigitRun = DigitRuns.Of(10, 11), MinDigitRun = 10 },
        new("Local phone number with a dash", LocalRegex(), 0.2) { AllDigitRuns = DigitRuns.Of(3, 4), MinDigits = 7, MinDigitRun = 3 },
        new("International phone number", InternationalRegex(), 0.6) { MinDigits = 8, Trigger = PiiPattern.AnyOf("+") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public PhoneNumberRecognizer()
        : base(PiiCategories.PhoneNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["phone", "cell", "call", "text", "tel", "mobile", "number", "contact", "reach", "fax", "home", "work"];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NegativeContextWords { get; } =
        ["ticket", "incident", "tracking", "confirmation", "order", "account", "routing", "case"];

    /// <inheritdoc/>
    protected override bool TryRefine(string text, ref int start, ref int length)
    {
        if (text[start] != '+')
        {
            return true;
        }

        var candidate = text.Substring(start, length);
        var match = Util.FindNumbers(candidate, DefaultRegion, PhoneNumberUtil.Leniency.VALID, long.MaxValue).FirstOrDefault();
        if (match is null)
        {
            return false;
        }

        start += match.Start;
        length = match.Length;
        return true;
    }

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value) =>
        value[0] != '+' && CountDigits(value) >= NanpNumberRules.NationalLength && !NanpNumberRules.Instance.IsValid(value);

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    // Accepts a US number with an area code and separators: an optional 1 or +1 country code, the area
    // code in parentheses or followed by a space, dot or dash, then 3 digits, a separator and 4 digits,
    // as in (303) 555-0100, 303.555.0100, 1-800-555-0199 or +1 303 555 0100.
    [GeneratedRegex(@"(?<![\w+\-.])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex FormattedRegex();

    // Accepts 10 digits, or 11 starting with 1, with no separators (3035550100). A context word such as
    // "phone" is needed to pass the threshold, because account numbers look the same.
    [GeneratedRegex(@"(?<![\w+\-.])1?\d{10}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DigitsOnlyRegex();

    // Accepts a 7-digit local number written 555-0100. A context word such as "phone" is needed to pass
    // the threshold.
    [GeneratedRegex(@"(?<![\w\-.])\d{3}-\d{4}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LocalRegex();

    // Accepts a candidate international number: a + and a digit, then 6 to 18 digits, spaces, dots,
    // dashes or parentheses, ending in a digit. libphonenumber decides which part is a valid number.
    [GeneratedRegex(@"(?<![\w+])\+\d[\d\s().\-]{6,18}\d", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex InternationalRegex();
}
