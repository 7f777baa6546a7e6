using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds Colorado Medicaid (Health First Colorado) member IDs and applicant IDs: a letter and six digits
/// (A123456). The shape is short, so a cue such as "Medicaid ID", "member ID" or "state ID" is needed.
/// CBMS case numbers (1B0000000) do not match, because a digit comes before the letter.
/// </summary>
public sealed partial class MedicaidIdRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Letter and six digits", MemberIdRegex(), 0.2) { AnyDigitRun = DigitRuns.Of(6), MinDigitRun = 6 }];

    /// <summary>Creates the recognizer.</summary>
    public MedicaidIdRecognizer()
        : base(PiiCategories.MedicaidId, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
    [
        "medicaid id", "medicaid #", "medicaid number", "medicaid card", "member id", "member #", "member number",
        "state id", "client id", "applicant id", "health first colorado id", "id number", "id #", "id:",
    ];

    // Accepts one letter and six digits, not inside a longer word or number (A123456).
    [GeneratedRegex(@"(?<![\w\-])[A-Za-z]\d{6}(?![\w\-])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex MemberIdRegex();
}
