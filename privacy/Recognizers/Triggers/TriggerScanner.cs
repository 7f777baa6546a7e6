namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>
/// Finds which of a fixed set of trigger strings occur in a text, in one pass. A single-character trigger
/// is one vectorized search. For the longer ones the pass keeps the last four characters, folded to lower
/// case, in one integer. The first two of them select the triggers that start with that pair. Each of
/// those is compared on its first four characters with one mask, and a longer trigger then in full. Matching is case-insensitive the way <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares; triggers with characters outside ASCII are not indexed, and callers search for them directly.
/// </summary>
internal sealed class TriggerScanner
{
    // Characters fold to 7 bits; the window is four of them.
    private const int Bits = 7;
    private const int Window = 4;
    private const int WindowMask = (1 << (Bits * Window)) - 1;

    private readonly (char Lower, char Upper, int Id)[] _singles;
    private readonly Candidate[][] _buckets;

    // Per bucket, the folded characters that may follow the pair, as two 64-bit halves. Most pairs are
    // rejected by this mask without looking at candidates. A bucket with a two-character trigger has every bit set.
    private readonly ulong[] _thirdLow;
    private readonly ulong[] _thirdHigh;
    private readonly ushort[] _bucketOfPair = new ushort[1 << (Bits * 2)];
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
            .GroupBy(p => (Fold(p.Key.Value[0]) << Bits) | Fold(p.Key.Value[1]))
            .ToList();

        // Bucket 0 means "no trigger starts with this pair".
        _buckets = new Candidate[groups.Count + 1][];
        _buckets[0] = [];
        _thirdLow = new ulong[groups.Count + 1];
        _thirdHigh = new ulong[groups.Count + 1];
        for (var i = 0; i < groups.Count; i++)
        {
            _buckets[i + 1] = [.. groups[i].Select(p => Candidate.Create(p.Key, p.Value))];
            _bucketOfPair[groups[i].Key] = (ushort)(i + 1);
            foreach (var value in groups[i].Select(p => p.Key.Value))
            {
                AllowThird(i + 1, value);
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

        if (!_hasLonger)
        {
            return found;
        }

        // The window ends at index end and starts Window - 1 characters earlier. After the last character
        // it moves on over zeros, which no trigger contains, so triggers near the end are seen too.
        var window = 0;
        for (var end = 0; end < text.Length; end++)
        {
            window = ((window << Bits) | Fold(text[end])) & WindowMask;
            var bucket = _bucketOfPair[window >> (Bits * 2)];
            if (bucket != 0 && MayFollow(bucket, (window >> Bits) & 0x7F))
            {
                MarkAt(text, end - (Window - 1), window, _buckets[bucket], ref found);
            }
        }

        for (var end = text.Length; end < text.Length + Window - 1; end++)
        {
            window = (window << Bits) & WindowMask;
            var bucket = _bucketOfPair[window >> (Bits * 2)];
            if (bucket != 0)
            {
                MarkAt(text, end - (Window - 1), window, _buckets[bucket], ref found);
            }
        }

        return found;
    }

    private void AllowThird(int bucket, string value)
    {
        if (value.Length == 2)
        {
            _thirdLow[bucket] = ulong.MaxValue;
            _thirdHigh[bucket] = ulong.MaxValue;
            return;
        }

        var third = Fold(value[2]);
        if (third < 64)
        {
            _thirdLow[bucket] |= 1UL << third;
        }
        else
        {
            _thirdHigh[bucket] |= 1UL << (third - 64);
        }
    }

    private bool MayFollow(int bucket, int third) =>
        ((third < 64 ? _thirdLow[bucket] >> third : _thirdHigh[bucket] >> (third - 64)) & 1) != 0;

    private static void MarkAt(ReadOnlySpan<char> text, int start, int window, Candidate[] candidates, ref TriggerMask found)
    {
        foreach (var candidate in candidates)
        {
            if ((window & candidate.Mask) == candidate.Prefix
                && !found.Contains(candidate.Id)
                && (candidate.Trigger.Value.Length <= Window || text[start..].StartsWith(candidate.Trigger.Value, StringComparison.OrdinalIgnoreCase))
                && candidate.Trigger.MeetsBoundaries(text, start))
            {
                found.Set(candidate.Id);
            }
        }
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

    // A trigger with its first characters packed the way the window stores them, and the mask of the bits
    // they occupy.
    private readonly record struct Candidate(TriggerString Trigger, int Id, int Prefix, int Mask)
    {
        public static Candidate Create(TriggerString trigger, int id)
        {
            var value = trigger.Value;
            int prefix = 0, mask = 0;
            for (var i = 0; i < Window; i++)
            {
                var known = i < value.Length;
                prefix = (prefix << Bits) | (known ? Fold(value[i]) : 0);
                mask = (mask << Bits) | (known ? (1 << Bits) - 1 : 0);
            }

            return new Candidate(trigger, id, prefix, mask);
        }
    }
}
