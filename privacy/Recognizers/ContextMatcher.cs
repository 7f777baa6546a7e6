namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds context words (single words or phrases) as whole words in a window of text.</summary>
internal static class ContextMatcher
{
    /// <summary>Adds each of <paramref name="words"/> found in <paramref name="window"/> to <paramref name="found"/>.</summary>
    public static void FindWords(ReadOnlySpan<char> window, IReadOnlyList<string> words, List<string> found)
    {
        foreach (var word in words)
        {
            if (ContainsWord(window, word))
            {
                found.Add(word);
            }
        }
    }

    /// <summary>
    /// Returns true when <paramref name="word"/> occurs in <paramref name="window"/> with no letter or digit on
    /// either side. The window's ends count as boundaries unless <paramref name="edges"/> marks them as cutting a word.
    /// </summary>
    public static bool ContainsWord(ReadOnlySpan<char> window, string word, WindowEdges edges = default)
    {
        var searchFrom = 0;
        while (searchFrom < window.Length)
        {
            var index = window[searchFrom..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }

            var start = searchFrom + index;
            var end = start + word.Length;
            if (IsBoundary(window, start - 1, edges) && IsBoundary(window, end, edges))
            {
                return true;
            }

            searchFrom = start + 1;
        }

        return false;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int index, WindowEdges edges) =>
        index < 0 ? !edges.CutAtStart
        : index >= text.Length ? !edges.CutAtEnd
        : !char.IsLetterOrDigit(text[index]);
}
