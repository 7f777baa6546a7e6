using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds payment card numbers of 12 to 19 digits that pass the Luhn check and fit an issuer's prefix and length.</summary>
public sealed partial class CreditCardRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Card number", CardNumberRegex(), 0.3) { AnyDigitRun = DigitRuns.Between(4, 19), MinDigits = 12, MinDigitRun = 4 }];

    /// <summary>Creates the recognizer.</summary>
    public CreditCardRecognizer()
        : base(PiiCategories.CreditCardNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc"];

    /// <inheritdoc/>
    protected override bool? Validate(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[19];
        var count = DigitRules.ExtractDigits(value, digits);
        return count is >= 12 and <= 19 && HasIssuerLength(digits[..count]) && PassesLuhn(digits[..count]);
    }

    /// <summary>
    /// Returns true when the length fits the issuer that the leading digits name. Lengths by issuer and
    /// prefix:
    /// <list type="bullet">
    /// <item>Visa (4): 13, 16 or 19.</item>
    /// <item>American Express (34, 37): 15.</item>
    /// <item>Mastercard (51-55, 2221-2720): 16.</item>
    /// <item>Diners Club (36, 38, 39, 300-305): 14 to 19.</item>
    /// <item>JCB (3528-3589): 16 to 19, and 15 for its older numbers (1800, 2131).</item>
    /// <item>Maestro (5018, 5020, 5038, 5893, 6304, 6759, 6761-6763): 12 to 19.</item>
    /// <item>Discover (6011, 644-649, 65) and other numbers starting with 6: 16 to 19.</item>
    /// </list>
    /// Other prefixes need 16 digits, and no other number may have fewer than 13.
    /// </summary>
    internal static bool HasIssuerLength(ReadOnlySpan<char> digits)
    {
        var length = digits.Length;
        var two = DigitRules.ToNumber(digits[..2]);
        var four = DigitRules.ToNumber(digits[..4]);
        if (four is 5018 or 5020 or 5038 or 5893 or 6304 or 6759 or 6761 or 6762 or 6763)
        {
            return length is >= 12 and <= 19;
        }

        return digits[0] switch
        {
            '1' => four == 1800 && length == 15,
            '2' when four == 2131 => length == 15,
            '2' => four is >= 2221 and <= 2720 && length == 16,
            '4' => length is 13 or 16 or 19,
            '3' when two is 34 or 37 => length == 15,
            '3' when two is 36 or 38 or 39 || four is >= 3000 and <= 3059 => length is >= 14 and <= 19,
            '3' when four is >= 3528 and <= 3589 => length is >= 16 and <= 19,
            '5' when two is >= 51 and <= 55 => length == 16,
            '6' => length is >= 16 and <= 19,
            _ => length == 16,
        };
    }

    /// <summary>Returns true when <paramref name="digits"/> pass the Luhn (mod 10) check.</summary>
    internal static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    // Accepts a card-issuer first digit (1-6) and 11 to 18 more digits, optionally grouped by single
    // spaces or dashes (4111 1111 1111 1111, 3782-822463-10005), not inside a longer number or word.
    [GeneratedRegex(@"(?<![\w\-.])[1-6]\d{3}(?:[\s\-]?\d){8,15}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CardNumberRegex();
}
