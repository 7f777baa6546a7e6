namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>
/// Finds which of a fixed set of trigger strings occur in a text, in one pass. A single-character trigger
/// is one vectorized search. For the longer ones the pass keeps the last three characters, folded to lower
/// case, in one integer, and a key made of the low five bits of each and of whether a letter or digit comes
/// before them. The key indexes an 8 KB bitmap of the places where a trigger can start, so a trigger that
/// must start a word is not looked for inside one ("he" in "the"). Only where the bitmap has a bit are the
/// triggers that start with those characters compared. Matching is case-insensitive the way
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares; triggers with characters outside ASCII are not
/// indexed, and callers search for them directly.
/// </summary>
internal sealed class TriggerScanner
{
    // Characters fold to 7 bits, and the exact window keeps three of them.
    private const int Bits = 7;
    private const int WindowMask = (1 << (Bits * 3)) - 1;

    // The key keeps the low five bits of the same three characters: letters differ there, and a collision
    // with a digit or a sign only costs a comparison. Above them is the bit "a letter or digit comes before".
    private const int KeyBits = 5;
    private const int KeyCharMask = (1 << KeyBits) - 1;
    private const int TripleMask = (1 << (KeyBits * 3)) - 1;
    private const int InsideWord = 1 << (KeyBits * 3);

    private readonly (char Lower, char Upper, int Id)[] _singles;

    // Bit k is set where a trigger can start at the key k. A two-character trigger sets the keys of its
    // two characters followed by any third one. A trigger that must start a word sets no key with InsideWord.
    private readonly ulong[] _filter = new ulong[(InsideWord << 1) / 64];

    // Triggers grouped by the key bits of their first two characters. Bucket 0 is empty.
    private readonly Candidate[][] _buckets;
    private readonly ushort[] _bucketOfPair = new ushort[1 << (KeyBits * 2)];
    private readonly bool _hasLonger;

    /// <summary>Creates the scanner for <paramref name="ids"/>, trigger strings that count anywhere, and their ids.</summary>
    public TriggerScanner(IReadOnlyDictionary<string, int> ids)
        : this(ids.ToDictionary(p => new TriggerString(p.Key, AtWordStart: false), p => p.Value))
    {
    }

    /// <summary>
    /// Creates the scanner for <paramref name="ids"/>, trigger strings and their ids. A one-character
    /// string is found anywhere, even when it should start or be a word.
    /// </summary>
    public TriggerScanner(IReadOnlyDictionary<TriggerString, int> ids)
    {
        Count = ids.Count;
        _singles = [.. ids.Where(p => p.Key.Value.Length == 1 && CanIndex(p.Key.Value))
            .Select(p => (char.ToLowerInvariant(p.Key.Value[0]), char.ToUpperInvariant(p.Key.Value[0]), p.Value))];
        var groups = ids.Where(p => p.Key.Value.Length > 1 && CanIndex(p.Key.Value))
            .Select(p => Candidate.Create(p.Key, p.Value))
            .GroupBy(c => c.PairKey)
            .ToList();
        _buckets = new Candidate[groups.Count + 1][];
        _buckets[0] = [];
        for (var i = 0; i < groups.Count; i++)
        {
            _buckets[i + 1] = [.. groups[i]];
            _bucketOfPair[groups[i].Key] = (ushort)(i + 1);
            foreach (var candidate in groups[i])
            {
                AllowInFilter(candidate);
            }
        }

        _hasLonger = groups.Count > 0;
    }

    /// <summary>Number of trigger ids this scanner searches for: 0 to Count - 1.</summary>
    public int Count { get; }

    /// <summary>Returns true when <paramref name="value"/> can be found by <see cref="Scan"/>.</summary>
    public static bool CanIndex(string value) => value.Length > 0 && value.All(char.IsAscii);

    /// <summary>Returns the ids of the indexed trigger strings that occur in <paramref name="text"/>.</summary>
    public TriggerMask Scan(ReadOnlySpan<char> text)
    {
        var found = default(TriggerMask);
        foreach (var (lower, upper, id) in _singles)
        {
            if (text.ContainsAny(lower, upper))
            {
                found.Set(id);
            }
        }

        if (_hasLonger)
        {
            ScanLonger(text, ref found);
        }

        return found;
    }

    // The window ends at index end and starts two characters earlier. One step after the last character
    // moves it on over a zero, which no trigger contains, so a two-character trigger at the very end is
    // seen too. Bit n of wordChars is set when the character n places before end is a letter or digit.
    private void ScanLonger(ReadOnlySpan<char> text, ref TriggerMask found)
    {
        var window = 0;
        var triple = 0;
        var wordChars = 0;
        var filter = _filter;
        for (var end = 0; end <= text.Length; end++)
        {
            int folded, isWordChar;
            if (end == text.Length)
            {
                folded = 0;
                isWordChar = 0;
            }
            else
            {
                var c = text[end];
                folded = Fold(c);
                isWordChar = c < 128 ? WordCharTable[c] : (char.IsLetterOrDigit(c) ? 1 : 0);
            }

            window = ((window << Bits) | folded) & WindowMask;
            triple = ((triple << KeyBits) | (folded & KeyCharMask)) & TripleMask;
            wordChars = (wordChars << 1) | isWordChar;
            var key = triple | ((wordChars << (KeyBits * 3 - 3)) & InsideWord);
            if ((filter[key >> 6] & (1UL << key)) != 0)
            {
                MarkAt(text, end - 2, window, _buckets[_bucketOfPair[triple >> KeyBits]], ref found);
            }
        }
    }

    private void AllowInFilter(Candidate candidate)
    {
        var first = candidate.PairKey << KeyBits;
        var thirds = candidate.Trigger.Value.Length == 2 ? Enumerable.Range(0, KeyCharMask + 1) : [Fold(candidate.Trigger.Value[2]) & KeyCharMask];
        foreach (var third in thirds)
        {
            Allow(first | third);
            if (!candidate.Trigger.AtWordStart)
            {
                Allow(first | third | InsideWord);
            }
        }
    }

    private void Allow(int key) => _filter[key >> 6] |= 1UL << key;

    // Compares the triggers of the bucket with the text at start. The window has the folded characters
    // start to start + 2. Start is below 0 only for windows that no trigger's prefix fills.
    private static void MarkAt(ReadOnlySpan<char> text, int start, int window, Candidate[] candidates, ref TriggerMask found)
    {
        foreach (var candidate in candidates)
        {
            if ((window & candidate.Mask) == candidate.Prefix
                && !found.Contains(candidate.Id)
                && RestMatches(text, start, candidate.Folded)
                && candidate.Trigger.MeetsBoundaries(text, start))
            {
                found.Set(candidate.Id);
            }
        }
    }

    // True when the characters from the fourth on match; the first three are compared in the window.
    private static bool RestMatches(ReadOnlySpan<char> text, int start, byte[] folded)
    {
        if (folded.Length <= 3)
        {
            return true;
        }

        if (start + folded.Length > text.Length)
        {
            return false;
        }

        for (var i = 3; i < folded.Length; i++)
        {
            if (Fold(text[start + i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    // Lower-cases ASCII letters. OrdinalIgnoreCase matches no non-ASCII character to an ASCII one, so
    // every other character folds to 0, which no indexed trigger contains.
    private static int Fold(char c) => c < FoldTable.Length ? FoldTable[c] : 0;

    private static ReadOnlySpan<byte> FoldTable =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
        96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    ];

    // 1 for the ASCII letters and digits, which char.IsLetterOrDigit accepts.
    private static ReadOnlySpan<byte> WordCharTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    // A trigger, its characters folded, its first three packed the way the window stores them with the
    // mask of the bits they occupy, and the key bits of its first two.
    private sealed record Candidate(TriggerString Trigger, int Id, byte[] Folded, int Prefix, int Mask, int PairKey)
    {
        public static Candidate Create(TriggerString trigger, int id)
        {
            byte[] folded = [.. trigger.Value.Select(c => (byte)Fold(c))];
            int prefix = 0, mask = 0;
            for (var i = 0; i < 3; i++)
            {
                var known = i < folded.Length;
                prefix = (prefix << Bits) | (known ? folded[i] : 0);
                mask = (mask << Bits) | (known ? (1 << Bits) - 1 : 0);
            }

            var pairKey = ((folded[0] & KeyCharMask) << KeyBits) | (folded[1] & KeyCharMask);
            return new Candidate(trigger, id, folded, prefix, mask, pairKey);
        }
    }
}
