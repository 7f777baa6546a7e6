using System.Collections.Frozen;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// A recognizer's context words, prepared so that a window of text is searched in one pass: the window
/// is cut into runs of letters and digits, and each run is looked up in a set of the single words.
/// Phrases and words with other characters ("years old", "e-mail") are searched one by one with
/// <see cref="ContextMatcher.ContainsWord"/>. Finds the same words as <see cref="ContextMatcher.FindWords"/>,
/// in the same order.
/// </summary>
internal sealed class ContextWordSet
{
    private readonly IReadOnlyList<string> _words;
    private readonly FrozenDictionary<string, int> _singleWords;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _phrases;

    /// <summary>Prepares <paramref name="words"/>, which are matched case-insensitively as whole words.</summary>
    public ContextWordSet(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        var single = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            // A repeated word is searched on its own too, so it is found as often as in the list.
            if (!IsLettersOrDigits(words[i]) || !single.TryAdd(words[i], i))
            {
                phrases.Add(i);
            }
        }

        _singleWords = single.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _singleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = [.. phrases];
    }

    /// <summary>
    /// Adds each context word found in <paramref name="window"/> to <paramref name="found"/>, in list order. A
    /// word cut by an end of the window (<paramref name="edges"/>) is not a word.
    /// </summary>
    public void FindWords(ReadOnlySpan<char> window, List<string> found, WindowEdges edges = default)
    {
        if (_words.Count == 0 || window.IsEmpty)
        {
            return;
        }

        Span<bool> hit = _words.Count <= 256 ? stackalloc bool[_words.Count] : new bool[_words.Count];
        var any = MarkSingleWords(window, hit, edges);
        foreach (var index in _phrases)
        {
            if (ContextMatcher.ContainsWord(window, _words[index], edges))
            {
                hit[index] = true;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        for (var i = 0; i < hit.Length; i++)
        {
            if (hit[i])
            {
                found.Add(_words[i]);
            }
        }
    }

    private static bool IsLettersOrDigits(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool MarkSingleWords(ReadOnlySpan<char> window, Span<bool> hit, WindowEdges edges)
    {
        var any = false;
        var position = 0;
        while (position < window.Length)
        {
            if (!char.IsLetterOrDigit(window[position]))
            {
                position++;
                continue;
            }

            var start = position;
            while (position < window.Length && char.IsLetterOrDigit(window[position]))
            {
                position++;
            }

            var cut = (start == 0 && edges.CutAtStart) || (position == window.Length && edges.CutAtEnd);
            if (!cut && _lookup.TryGetValue(window[start..position], out var index))
            {
                hit[index] = true;
                any = true;
            }
        }

        return any;
    }
}
