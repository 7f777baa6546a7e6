using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds a person's spoken or written language preference ("speaks only Spanish", "preferred language
/// is Vietnamese", "Somali-speaking", "needs an interpreter").
/// </summary>
public sealed partial class LanguagePreferenceRecognizer : PatternRecognizer
{
    private const string Language =
        @"(?:Spanish|English|Vietnamese|Chinese|Mandarin|Cantonese|Russian|Arabic|Somali|Amharic|Korean|French|Nepali|Tagalog|Portuguese|Burmese|Swahili|Tigrinya|Farsi|Dari|Pashto|Ukrainian|Haitian\s+Creole|Hmong|Karen|Kinyarwanda|ASL|American\s+Sign\s+Language|sign\s+language)";

    private static readonly PiiPattern[] Patterns =
    [
        new("Speaks or prefers a language", SpeaksRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("speak", "spoke", "prefer", "read", "write", "understand") },
        new("Preferred language", PreferredLanguageRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("language") },
        new("Language-speaking", SpeakingRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("speaking", "speaker", "only") },
        new("Needs an interpreter", InterpreterRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("interpreter") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public LanguagePreferenceRecognizer()
        : base(PiiCategories.LanguagePreference, PiiTier.LinkedDetail, Patterns)
    {
    }

    // Accepts a verb of speaking, reading or preferring, optional "only"/"in", and a language name
    // (speaks only Spanish, prefers Vietnamese, reads Arabic); any case.
    [GeneratedRegex(@"\b(?:speaks?|spoke|prefers?|reads?|writes?|understands?)\s+(?:only\s+)?(?:in\s+)?" + Language + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex SpeaksRegex();

    // Accepts "(preferred|primary|first|written|spoken) language (is|:)" or "language preference (is|:)"
    // and a language name; any case.
    [GeneratedRegex(@"\b(?:(?:preferred|primary|first|written|spoken)\s+language|language\s+preference)\s*(?:is\s+|:\s*)?" + Language + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PreferredLanguageRegex();

    // Accepts a language name joined to speaking, speaker or only (Spanish-speaking, Somali speaker).
    [GeneratedRegex(@"\b" + Language + @"[\s\-](?:speaking|speaker|only)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex SpeakingRegex();

    // Accepts "needs/requested/requires/has/uses a(n) (language) interpreter"; any case.
    [GeneratedRegex(@"\b(?:needs?|needed|requested|requests|requires?|has|had|uses|used|gets|wants)\s+an?\s+(?:" + Language + @"\s+)?interpreter\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex InterpreterRegex();
}
