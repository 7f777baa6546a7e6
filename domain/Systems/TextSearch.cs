namespace HelpBot.Domain.Systems;

/// <summary>Whole-word phrase search shared by system names, training topics and routes.</summary>
internal static class TextSearch
{
    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, ignoring case.</summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        var start = 0;
        while (start <= text.Length - phrase.Length)
        {
            var index = text.IndexOf(phrase, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }

            if (IsWholeWord(text, index, phrase.Length))
            {
                return true;
            }

            start = index + 1;
        }

        return false;
    }

    /// <summary>True when the characters around the span are not letters or digits (or the span starts or ends with a non-word character).</summary>
    public static bool IsWholeWord(string text, int index, int length)
    {
        var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]) || !char.IsLetterOrDigit(text[index]);
        var end = index + length;
        var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]);
        return before && after;
    }

    /// <summary>True when every group has at least one phrase in <paramref name="text"/>; false for no groups.</summary>
    public static bool MatchesAllGroups(string text, List<List<string>> groups) =>
        groups.Count > 0 && groups.All(group => group.Exists(phrase => ContainsPhrase(text, phrase)));
}
