using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds Medicare Beneficiary Identifiers (MBI): eleven characters, printed with or without dashes after
/// the fourth and seventh (1EG4-TE5-MK73). By CMS's format, position 1 is a digit 1-9; positions 4, 7, 10
/// and 11 are digits; positions 2, 5, 8 and 9 are letters; positions 3 and 6 are letters or digits. Letters
/// are A-Z without S, L, O, I, B and Z. The shape alone is distinctive enough to pass the threshold.
/// </summary>
public sealed partial class MedicareBeneficiaryIdRecognizer : PatternRecognizer
{
    // An MBI starts with one digit on its own and ends with a run of exactly two.
    private static readonly PiiPattern[] Patterns =
    [
        new("Medicare Beneficiary Identifier", MbiRegex(), 0.55) { MinDigits = 5, AllDigitRuns = DigitRuns.Of(1, 2) },
    ];

    /// <summary>Creates the recognizer.</summary>
    public MedicareBeneficiaryIdRecognizer()
        : base(PiiCategories.MedicareBeneficiaryId, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["medicare", "mbi", "beneficiary", "medicare number", "medicare id", "medicare card", "part a", "part b"];

    // Accepts the 11 characters in CMS's positions, in either letter case, with no dashes or with dashes
    // after positions 4 and 7. Letters exclude S, L, O, I, B and Z. The two dash forms are written out
    // rather than matched with a backreference, which would make the regex generator fall back to the
    // interpreter.
    [GeneratedRegex(@"(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d(?:-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-|[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d)[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex MbiRegex();
}
