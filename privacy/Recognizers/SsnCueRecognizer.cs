using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds nine digits in the shape of a Social Security number right after an SSN cue ("SSN 900-00-0001",
/// "social security number: 900000001"). The cue makes the value an SSN as typed, so unlike
/// <see cref="UsSocialSecurityNumberRecognizer"/> it does not check the area, group and serial: a number
/// with an invalid area is a typo or an ITIN, and personal either way (fail closed).
/// </summary>
public sealed partial class SsnCueRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("SSN-shaped number after an SSN cue", CuedNumberRegex(), 0.85)
        {
            MinDigits = 9,
            Trigger = PiiPattern.AnyWordOf("ssn", "ss#", "ss #", "social"),
        },
    ];

    /// <summary>Creates the recognizer.</summary>
    public SsnCueRecognizer()
        : base(PiiCategories.USSocialSecurityNumber, PiiTier.Identifier, Patterns)
    {
    }

    // Accepts a cue ("SSN", "SS#", "social security number") with an optional "is", "was", ":" or "#".
    // Then come 3-2-4 digits with the same dash, space or dot both times, or nine digits with none,
    // not inside a longer run of digits, letters or dashes.
    [GeneratedRegex(@"(?i:\b(?:ssn|ss[ ]?\#|social[ ]security(?:[ ](?:number|no\.?|\#))?)(?:'s)?(?:[ \t]+(?:is|was|number))?[ \t]*[:=\#]?[ \t]*)(?<pii>\d{3}(?<sep>[\-\s.]?)\d{2}\k<sep>\d{4})(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CuedNumberRegex();
}
