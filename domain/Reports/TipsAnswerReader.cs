using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads an answer to the troubleshooting tips question as two halves: whether the problem is fixed
/// and which tips were tried. Both halves can sit anywhere in one answer, as in "still broken, tried
/// all three" or "fixed it after clearing the cache", and each is read apart from the other.
/// </summary>
public static class TipsAnswerReader
{
    // Phrases anywhere in the answer that say the problem remains. They win over a "fixed" elsewhere.
    private static readonly string[] s_notFixedPhrases =
    [
        "still broken", "still not working", "still not", "still fails", "still failing", "still the same", "still get", "still getting",
        "still shows", "still showing", "still happening", "still happens", "not fixed", "isnt fixed", "didnt fix", "did not fix",
        "didnt help", "did not help", "didnt work", "did not work", "doesnt work", "does not work", "not working", "no luck",
        "same error", "same problem", "same issue", "nothing fixed", "nothing worked", "nothing helped", "none worked",
        "none of them worked", "none of them fixed",

        // None tried yet: the problem is still there, and no tip is ticked.
        "havent tried any", "have not tried any", "hadnt tried any", "didnt try any", "did not try any", "not tried any",
        "havent tried anything", "have not tried anything", "didnt try anything", "did not try anything",
        "havent tried them", "have not tried them", "didnt try them", "did not try them", "tried none", "none tried",
    ];

    // Phrases anywhere in the answer that say the problem is gone. Negated ("hasn't fixed it"), they say it remains.
    private static readonly string[] s_fixedPhrases =
        ["fixed", "that worked", "it worked", "works now", "working now", "solved", "resolved", "all good"];

    // Short answers, or first words of an answer, that settle it.
    private static readonly string[] s_fixedStarts = ["yes", "worked", "yep", "yeah"];
    private static readonly string[] s_notFixedStarts = ["no", "nope", "still", "broken", "none", "none of them", "nothing", "it didnt", "it did not"];

    /// <summary>
    /// Reads <paramref name="text"/>. The status is read from the phrases above; with no status
    /// phrase, an answer that names tried tips means the problem is still there. A "yes" before tips
    /// ("yes, the first one") counts as no status, because it can answer which tips were tried.
    /// </summary>
    public static TipsAnswer Read(string text, IReadOnlyList<string> tipIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tipIds);
        var tried = TipsTriedReader.ReadAnswer(text, tipIds);
        var fixedIt = ReadStatus(text);

        // "yes, tried 1 and 3" answers which tips were tried, not whether they fixed it, so only a fixed phrase ends the report there.
        if (fixedIt == true && tried.Count > 0 && !s_fixedPhrases.Any(phrase => IsAffirmed(Plain(text), phrase)))
        {
            fixedIt = null;
        }

        return new TipsAnswer(fixedIt ?? (tried.Count > 0 ? false : null), tried);
    }

    /// <summary>Returns true for fixed, false for still broken, or null when the text says neither.</summary>
    public static bool? ReadStatus(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Plain(text);
        if (s_notFixedPhrases.Any(phrase => TextSearch.ContainsPhrase(plain, phrase)))
        {
            return false;
        }

        if (s_fixedPhrases.Any(phrase => IsAffirmed(plain, phrase)))
        {
            return true;
        }

        // Only negated mentions are left: "hasn't fixed it", "not solved".
        if (s_fixedPhrases.Any(phrase => TextSearch.ContainsPhrase(plain, phrase)))
        {
            return false;
        }

        if (StartsWithAny(plain, s_notFixedStarts))
        {
            return false;
        }

        return StartsWithAny(plain, s_fixedStarts) ? true : null;
    }

    // Lower case without apostrophes, so "didn't" and "didnt" read the same; other punctuation stays
    // because NegationCheck ends a clause at it.
    private static string Plain(string text)
    {
        var cut = text.Length > RegexLimits.MaxTextLength ? text[..RegexLimits.MaxTextLength] : text;
        return cut.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).Trim();
    }

    private static bool IsAffirmed(string text, string phrase)
    {
        for (var index = text.IndexOf(phrase, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal))
        {
            if (TextSearch.IsWholeWord(text, index, phrase.Length) && !NegationCheck.IsNegated(text, index))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, string[] starts) =>
        starts.Any(start => text == start || (text.StartsWith(start, StringComparison.Ordinal) && !char.IsLetterOrDigit(text[start.Length])));
}
