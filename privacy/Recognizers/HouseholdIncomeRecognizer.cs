using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds a person's or household's income amount ("household income is $2,400", "makes $15/hour").
/// Amounts with no income cue ("a $25 fee") are not matched.
/// </summary>
public sealed partial class HouseholdIncomeRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Income and an amount", IncomeAmountRegex(), 0.6) { MinDigits = 1, Trigger = PiiPattern.AnyWordOf("income") },
        new("Earning verb and an amount", EarnsAmountRegex(), 0.6) { MinDigits = 1, Trigger = PiiPattern.AnyWordOf("make", "made", "making", "earn", "paid", "bring") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public HouseholdIncomeRecognizer()
        : base(PiiCategories.HouseholdIncome, PiiTier.LinkedDetail, Patterns)
    {
    }

    // Accepts "(household|family|monthly|annual|yearly|gross|net) income (is|was|of|:) (about) $N"
    // with optional cents and k (any case), as in "household income is about $2,400".
    [GeneratedRegex(@"\b(?:(?:household|family|monthly|annual|yearly|gross|net)\s+)?income\s+(?:is\s+|was\s+|of\s+|:\s*)?(?:about\s+|around\s+|approximately\s+|roughly\s+|~\s*)?\$\s?\d[\d,]*(?:\.\d{2})?(?:\s?k\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IncomeAmountRegex();

    // Accepts an earning verb (makes, made, earns, earned, gets paid, brings home) and a dollar amount
    // with an optional period (a month, per year, /hr), as in "makes $15/hour".
    [GeneratedRegex(@"\b(?:makes?|made|making|earns?|earned|earning|gets?\s+paid|brings?\s+home)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|~\s*)?\$\s?\d[\d,]*(?:\.\d{2})?(?:\s?k\b)?(?:\s*(?:/|an?\s+|per\s+)\s*(?:hour|hr|week|wk|month|mo|year|yr)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex EarnsAmountRegex();
}
