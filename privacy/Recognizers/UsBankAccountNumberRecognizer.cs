using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds US bank account numbers: 8 to 17 digits near a cue such as "account number", "checking" or
/// "savings". Without a cue a run of digits is too common to count.
/// </summary>
public sealed partial class UsBankAccountNumberRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Eight to seventeen digits", AccountRegex(), 0.15) { AnyDigitRun = DigitRuns.Between(8, 17), MinDigitRun = 8 }];

    /// <summary>Creates the recognizer.</summary>
    public UsBankAccountNumberRecognizer()
        : base(PiiCategories.USBankAccountNumber, PiiTier.Identifier, Patterns)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> ContextWords { get; } =
        ["account number", "acct", "acct #", "account #", "bank account", "checking", "savings", "direct deposit"];

    /// <inheritdoc/>
    protected override int ContextCharactersAfter => 0;

    // Accepts 8 to 17 digits with no separators, not inside a longer number or word.
    [GeneratedRegex(@"(?<![\w\-.])\d{8,17}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AccountRegex();
}
