using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds numbers written like a Social Security number with dashes (3-2-4 digits, such as the sample
/// 900-00-0001) that <see cref="UsSocialSecurityNumberRecognizer"/> rejects for their area, group or
/// serial. A reader takes such a number for an SSN, and it is typed as one (a typo, a sample or an
/// invalid number), so it is removed like one (fail closed). Valid numbers are left to that recognizer.
/// </summary>
public sealed partial class SsnShapeRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Dashed number in the shape of an SSN", DashedRegex(), 0.5) { AllDigitRuns = DigitRuns.Of(2, 3, 4), MinDigits = 9 },
    ];

    /// <summary>Creates the recognizer.</summary>
    public SsnShapeRecognizer()
        : base(PiiCategories.USSocialSecurityNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } = ["ssn", "ss#", "ss #", "social", "social security", "security number"];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NegativeContextWords { get; } =
        ["ticket", "incident", "tracking", "confirmation", "order", "routing", "itin", "reference", "ref"];

    /// <inheritdoc/>
    protected override bool Invalidate(ReadOnlySpan<char> value) => UsSocialSecurityNumberRecognizer.IsValidNumber(value);

    // Accepts 3-2-4 digits joined by dashes, not inside a longer run of digits, letters or dashes.
    [GeneratedRegex(@"(?<![\w\-.])\d{3}-\d{2}-\d{4}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DashedRegex();
}
