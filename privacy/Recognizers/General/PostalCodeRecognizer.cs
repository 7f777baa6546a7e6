using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds a postal code after a cue: "ZIP: 80202", "my zip code is 1234", "postal code 1234 AB". The
/// finding is the code, category Address. General profile only, because a ZIP code alone names an area
/// rather than a person.
/// </summary>
public sealed partial class PostalCodeRecognizer : PatternRecognizer, IGeneralProfileRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Postal code after a cue", PostalCodeRegex(), 0.6) { MinDigits = 3, Trigger = PiiPattern.AnyOf("zip", "postal", "postcode") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public PostalCodeRecognizer()
        : base(PiiCategories.Address, PiiTier.Identifier, Patterns)
    {
    }

    // Accepts "zip", "zip code", "postal code" or "postcode", an optional colon or "is", and a code of
    // three to six digits; any case. A second group of two to four digits or two letters may follow
    // after a space or hyphen (123 45, 12345-678, 1234 AB).
    [GeneratedRegex(@"\b(?:zip(?:\s*code)?|postal\s+code|postcode)\s*(?::|is|#)?\s*(?<pii>\d{3,6}(?:[ \-](?:\d{2,4}|[A-Z]{2}))?)(?![\w\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PostalCodeRegex();
}
