using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds a postal code after a cue: "ZIP: 35350", "my zip code is 1098", "postal code 7412 SL". The
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
    // three to six digits with an optional second group of two to four digits or letters after a space
    // or hyphen (48750, 394 13, 90010-170, 7412 SL); any case.
    [GeneratedRegex(@"\b(?:zip(?:\s*code)?|postal\s+code|postcode)\s*(?::|is|#)?\s*(?<pii>\d{3,6}(?:[ \-](?:\d{2,4}|[A-Z]{2}))?)(?![\w\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PostalCodeRegex();
}
