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

    /// <summary>
    /// True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words outside identifiers,
    /// ignoring case. An underscore, or a dot, colon or equals sign between the phrase and a letter or digit,
    /// makes it part of an identifier, so "read_timeout", "http.timeout" and "timeout=30" do not count.
    /// </summary>
    public static bool ContainsPhraseInProse(string text, string phrase)
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

            if (IsWholeWord(text, index, phrase.Length) && !JoinsIdentifier(text, index - 1, -1) && !JoinsIdentifier(text, index + phrase.Length, 1))
            {
                return true;
            }

            start = index + 1;
        }

        return false;
    }

    /// <summary>True when every group has at least one phrase in <paramref name="text"/> by <see cref="ContainsPhraseInProse"/>; false for no groups.</summary>
    public static bool MatchesAllGroupsInProse(string text, List<List<string>> groups) =>
        groups.Count > 0 && groups.All(group => group.Exists(phrase => ContainsPhraseInProse(text, phrase)));

    // Whether the character at index, next to a phrase, joins it to an identifier: an underscore, or a dot, colon
    // or equals sign with a letter or digit beyond it. Step -1 looks before the phrase, and 1 after it.
    private static bool JoinsIdentifier(string text, int index, int step)
    {
        if (index < 0 || index >= text.Length)
        {
            return false;
        }

        if (text[index] == '_')
        {
            return true;
        }

        // A dot before a capital letter after the phrase ends a sentence typed without a space ("timed out.Please").
        var beyond = index + step;
        if (beyond < 0 || beyond >= text.Length || !char.IsLetterOrDigit(text[beyond]))
        {
            return false;
        }

        return text[index] is ':' or '=' || (text[index] == '.' && (step < 0 || !char.IsUpper(text[beyond])));
    }

    /// <summary>True when every group has at least one phrase in <paramref name="text"/>; false for no groups.</summary>
    public static bool MatchesAllGroups(string text, List<List<string>> groups) =>
        groups.Count > 0 && groups.All(group => group.Exists(phrase => ContainsPhrase(text, phrase)));
}
