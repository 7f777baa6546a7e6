using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds payment card numbers of 13 to 19 digits that pass the Luhn check.</summary>
public sealed partial class CreditCardRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Card number", CardNumberRegex(), 0.3)];

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
        return count is >= 13 and <= 19 && PassesLuhn(digits[..count]);
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

    // Accepts a card-issuer first digit (2-6) and 12 to 18 more digits, optionally grouped by single
    // spaces or dashes (4111 1111 1111 1111, 3782-822463-10005), not inside a longer number or word.
    [GeneratedRegex(@"(?<![\w\-.])[2-6]\d{3}(?:[\s\-]?\d){9,15}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CardNumberRegex();
}
