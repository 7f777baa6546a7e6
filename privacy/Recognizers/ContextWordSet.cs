using System.Collections.Frozen;
using HelpBot.Privacy.Recognizers.Triggers;

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

    // Each word's id in the trigger table as a string that starts a word, or -1 where the table has none.
    private readonly int[] _ids;

    // Cheap tests that reject most words of a window before the set lookup: bit n of _lengths is set when
    // some single word has n characters (63: more), and bit c of _firstLow and _firstHigh when one starts
    // with the ASCII character c in lower case. A word that starts outside ASCII is always looked up, and
    // so is every word when a listed word does.
    private readonly ulong _lengths;
    private readonly ulong _firstLow;
    private readonly ulong _firstHigh;
    private readonly bool _anyFirst;

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

        foreach (var word in single.Keys)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            var first = FoldAscii(word[0]);
            _anyFirst |= first >= 128;
            if (first < 64)
            {
                _firstLow |= 1UL << first;
            }
            else if (first < 128)
            {
                _firstHigh |= 1UL << (first - 64);
            }
        }

        _ids = [.. words.Select(w => TriggerTable.Register(TriggerString.WordStart(w)))];
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

    /// <summary>
    /// Like <see cref="FindWords(ReadOnlySpan{char}, List{string}, WindowEdges)"/> for a window inside a stretch
    /// whose trigger strings are <paramref name="present"/>, of the ids below <paramref name="idsScanned"/>: a word
    /// that starts no word of the stretch cannot be a whole word of the window, so only the others are searched.
    /// </summary>
    public void FindWords(ReadOnlySpan<char> window, List<string> found, WindowEdges edges, in TriggerMask present, int idsScanned)
    {
        if (window.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < _words.Count; i++)
        {
            var id = _ids[i];
            if ((id < 0 || id >= idsScanned || present.Contains(id)) && ContextMatcher.ContainsWord(window, _words[i], edges))
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

    private bool MayBeListed(ReadOnlySpan<char> word)
    {
        if (((_lengths >> Math.Min(word.Length, 63)) & 1) == 0)
        {
            return false;
        }

        var first = FoldAscii(word[0]);
        return _anyFirst || first >= 128 || (((first < 64 ? _firstLow >> first : _firstHigh >> (first - 64)) & 1) != 0);
    }

    private static int FoldAscii(char c) => c is >= 'A' and <= 'Z' ? c | 0x20 : c;

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
            if (!cut && MayBeListed(window[start..position]) && _lookup.TryGetValue(window[start..position], out var index))
            {
                hit[index] = true;
                any = true;
            }
        }

        return any;
    }
}
