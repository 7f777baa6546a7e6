using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds IBANs: a country code, two check digits and 11 to 30 letters or digits, optionally in groups of
/// four separated by spaces, that pass the ISO 13616 mod-97 check. General profile only.
/// </summary>
public sealed partial class IbanRecognizer : PatternRecognizer, IGeneralProfileRecognizer
{
    private const int MinLength = 15;
    private const int MaxLength = 34;

    private static readonly PiiPattern[] Patterns =
    [
        // NOTE: the digit minimum assumes an IBAN has at least 8 digits, as the GB (16), DE (20), FR, NL
        // (12) and NO (13) formats do. A format with fewer would be missed.
        new("IBAN", IbanRegex(), 0.5) { MinDigits = 8, MinDigitRun = 2 },
    ];

    /// <summary>Creates the recognizer.</summary>
    public IbanRecognizer()
        : base(PiiCategories.InternationalBankingAccountNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override bool? Validate(ReadOnlySpan<char> value) => IsValid(value);

    /// <summary>Returns true when <paramref name="value"/>, spaces ignored, has an IBAN's length and passes the mod-97 check.</summary>
    internal static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> compact = stackalloc char[MaxLength];
        var length = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                continue;
            }

            if (length == MaxLength || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[length++] = char.ToUpperInvariant(c);
        }

        if (length < MinLength || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        // The first four characters move to the end, letters become 10 to 35, and the number mod 97 is 1.
        var remainder = 0;
        for (var i = 0; i < length; i++)
        {
            var c = compact[(i + 4) % length];
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }

    // Accepts two letters, two digits and 11 to 30 letters or digits, optionally in space-separated
    // groups of four; any letter case.
    [GeneratedRegex(@"(?<![\w])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?:[ ][A-Za-z0-9]{4}){2,7}(?:[ ][A-Za-z0-9]{1,3})?)(?![\w])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IbanRegex();
}
