using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds a person's federal tax return or tax form (1040, 941, 1099, 1120, W-2). A form name alone is
/// not personal, so a word that points to a person ("her", "client's", "husband's") is needed nearby.
/// </summary>
public sealed partial class TaxReturnRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Tax return", TaxReturnRegex(), 0.3) { Trigger = PiiPattern.AnyWordOf("tax") },
        new("Tax form number", TaxFormRegex(), 0.3) { MinDigits = 1, Trigger = PiiPattern.AnyWordOf("1040", "w2", "w-2", "1099", "941", "1120") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public TaxReturnRecognizer()
        : base(PiiCategories.TaxReturn, PiiTier.LinkedDetail, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
    [
        "her", "his", "their", "my", "client", "client's", "customer's", "applicant's", "husband", "wife", "spouse",
        "son", "daughter", "she", "he", "household",
    ];

    /// <inheritdoc/>
    protected override int ContextCharactersBefore => 32;

    /// <inheritdoc/>
    protected override int ContextCharactersAfter => 0;

    // Accepts (federal|state|electronic|paper) tax return(s); any case.
    [GeneratedRegex(@"\b(?:(?:federal|state|electronic|paper)\s+)?tax\s+returns?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TaxReturnRegex();

    // Accepts 1040 (EZ, SR, X, NR, A), W-2 or W2(s), 1099 (-MISC, -NEC, ...) with an optional "Form",
    // and Form 941 or Form 1120(-S), which are ordinary numbers without "Form". Not inside a longer
    // number, date or phone number.
    [GeneratedRegex(@"(?<![\w\-/.])(?:(?i:form\s+)?(?:1040(?:-?(?:EZ|SR|X|NR|A))?|W-?2s?|1099(?:-?[A-Z]{1,4})?s?)|(?i:form)\s+(?:941|1120(?:-?S)?))(?![\w\-/]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TaxFormRegex();
}
