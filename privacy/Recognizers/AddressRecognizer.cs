using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds US street addresses (house number, street name and suffix, optional unit), PO boxes, unit
/// numbers near an address cue, and "City, CO 80202" lines. A street candidate whose name words are all
/// lower-case common words ("3 files the same way") is not an address.
/// </summary>
public sealed partial class AddressRecognizer : PatternRecognizer
{
    // The street suffixes of StreetRegex, which stand as whole words in every street match.
    private static readonly TriggerWords StreetSuffixes = PiiPattern.AnyWholeWordOf(
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane", "Ln", "Court", "Ct", "Way",
        "Place", "Pl", "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Ter", "Trail", "Trl", "Loop", "Square",
        "Sq", "Plaza", "Alley", "Pike");

    private static readonly PiiPattern[] Patterns =
    [
        new("Street address", StreetRegex(), 0.6) { AnyDigitRun = DigitRuns.Between(1, 6), MinDigits = 1, Trigger = StreetSuffixes },
        new("PO box", PostOfficeBoxRegex(), 0.7) { MinDigits = 1, Trigger = PiiPattern.AnyOf("box") },
        new("Apartment or unit", UnitRegex(), 0.2) { MinDigits = 1, Trigger = PiiPattern.AnyOf("apt", "apartment", "unit", "suite") },
        new("City, state and ZIP code", CityStateZipRegex(), 0.6) { AnyDigitRun = DigitRuns.Of(5), MinDigitRun = 5 },
    ];

    /// <summary>Creates the recognizer.</summary>
    public AddressRecognizer()
        : base(PiiCategories.Address, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["address", "lives at", "live at", "living at", "moved to", "mailing", "residence", "home", "street"];

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value)
    {
        if (!char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        // Words between the house number and the suffix: the address is invalid when none of them is
        // capitalized or an uncommon word.
        var words = value.TrimStart("0123456789").Trim();
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length > 0 && (char.IsUpper(word[0]) || !WordLists.IsCommonWord(word)))
            {
                return false;
            }
        }

        return true;
    }

    // Accepts a house number of 1 to 6 digits with an optional letter, an optional direction, one to
    // four street name words, a suffix (Street, St, Ave, Rd, Blvd, Dr, Ln, Ct, Way, Pl, ...; any case)
    // and an optional unit (Apt 4B, Unit 12, Suite 200, #3). The house number is not the last part of a
    // longer number (219-09-9999, 1/2/2025), and a name word that starts with a digit is an ordinal
    // (42nd) or the last before the suffix (63 Avenue). So in "SSN 219-09-9999 lives at 123 Main St"
    // the street is "123 Main St".
    [GeneratedRegex(@"(?<!\d[\-/.])\b\d{1,6}[A-Za-z]?\s+(?:[NSEWnsew]\.?\s+)?(?:(?:[A-Za-z][A-Za-z0-9'.\-]*|\d{1,4}(?i:st|nd|rd|th))\s+){0,3}(?:[A-Za-z][A-Za-z0-9'.\-]*|\d{1,4}(?i:st|nd|rd|th)?)\s+(?i:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Terrace|Ter|Trail|Trl|Loop|Square|Sq|Plaza|Alley|Pike)\b\.?(?:\s*,?\s*(?i:Apt|Apartment|Unit|Suite|Ste|Space|Lot|Room|Rm|\#)\.?\s*\#?\s*[A-Za-z0-9\-]{1,6}\b)?", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex StreetRegex();

    // Accepts PO Box, P.O. Box or Post Office Box and a number (any case).
    [GeneratedRegex(@"\b(?:P\.?\s?O\.?|Post\s+Office)\s*Box\s+\d{1,8}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PostOfficeBoxRegex();

    // Accepts Apt, Apartment, Unit or Suite and a number with an optional letter (Apt 4B). Needs a
    // context word such as "address" or "lives at".
    [GeneratedRegex(@"\b(?:Apt|Apartment|Unit|Suite)\.?\s*\#?\s*\d{1,5}[A-Za-z]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex UnitRegex();

    // Accepts one or two capitalized city words, a comma, a two-letter state code or "Colorado" and a
    // ZIP or ZIP+4 code (Denver, CO 80202).
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z]{2}|Colorado)\s+\d{5}(?:-\d{4})?\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CityStateZipRegex();
}
