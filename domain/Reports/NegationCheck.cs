using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Decides whether a phrase in free text is negated ("didn't try another browser").</summary>
internal static class NegationCheck
{
    // How far before a phrase a negation still counts, in characters.
    private const int WindowLength = 20;

    // Words that start a new clause, so a negation before them does not reach past them.
    private static readonly string[] s_clauseWords = ["but", "after"];

    // Typed replies often drop the apostrophe, so "didnt" counts as well as "didn't".
    private static readonly string[] s_words =
    [
        "not", "never", "without", "except", "didnt", "havent", "hasnt", "dont", "doesnt", "isnt", "arent", "wasnt", "werent",
        "wont", "couldnt", "cant", "cannot",
    ];

    /// <summary>
    /// True when a negation comes shortly before <paramref name="index"/> in the same clause. A clause
    /// ends at '.', '!', '?', ';', ',' or the words "but" and "after", so "didn't help, cleared the cache"
    /// and "still not working after clearing the cache" are affirmed.
    /// </summary>
    public static bool IsNegated(string text, int index)
    {
        var before = text[Math.Max(0, index - WindowLength)..index];
        var clauseStart = before.LastIndexOfAny(['.', '!', '?', ';', ',']);
        before = clauseStart >= 0 ? before[(clauseStart + 1)..] : before;
        foreach (var joining in s_clauseWords)
        {
            var start = LastWholeWord(before, joining);
            before = start >= 0 ? before[(start + joining.Length)..] : before;
        }

        return before.Contains("n't", StringComparison.OrdinalIgnoreCase)
            || s_words.Any(word => TextSearch.ContainsPhrase(before, word));
    }

    private static int LastWholeWord(string text, string word)
    {
        var index = text.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (index >= 0 && !TextSearch.IsWholeWord(text, index, word.Length))
        {
            index = index == 0 ? -1 : text.LastIndexOf(word, index - 1, StringComparison.OrdinalIgnoreCase);
        }

        return index;
    }
}
