using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds statements of tobacco use (smoker, uses tobacco, vapes, non-smoker).</summary>
public sealed partial class TobaccoUseRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns = [new("Tobacco use term", TobaccoRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("smok", "nonsmok", "tobacco", "vap", "nicotine", "cigarette") }];

    /// <summary>Creates the recognizer.</summary>
    public TobaccoUseRecognizer()
        : base(PiiCategories.TobaccoUse, PiiTier.LinkedDetail, Patterns)
    {
    }

    // Accepts smoker(s), smokes, non-smoker, (uses|used|chews) tobacco, tobacco use(r|age), vapes,
    // vaping, nicotine, cigarettes and quit smoking; any case.
    [GeneratedRegex(@"\b(?:non-?smokers?|smokers?|smokes|(?:uses?|used|chews?)\s+tobacco|tobacco\s+(?:use|user|usage)|vapes|vaping|nicotine|cigarettes?|quit\s+smoking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TobaccoRegex();
}
