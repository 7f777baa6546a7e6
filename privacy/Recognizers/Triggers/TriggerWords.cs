using System.Buffers;

namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>
/// The cue strings of a pattern, compared case-insensitively as substrings. Each string has an id in
/// <see cref="TriggerTable"/>, so a stretch of text is searched once for the strings of every pattern,
/// and a pattern then tests its own strings with a few bit operations.
/// </summary>
public sealed class TriggerWords
{
    private readonly SearchValues<string> _search;
    private readonly TriggerMask _mask;

    // The largest id of the strings; int.MaxValue when one of them has no id, so segments never cover it.
    private readonly int _highestId;

    internal TriggerWords(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 || values.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Trigger strings must be non-empty, and there must be at least one.", nameof(values));
        }

        Values = values;
        _search = SearchValues.Create([.. values], StringComparison.OrdinalIgnoreCase);
        var highest = -1;
        var mask = default(TriggerMask);
        foreach (var value in values)
        {
            var id = TriggerTable.Register(value);
            if (id < 0)
            {
                highest = int.MaxValue;
                break;
            }

            mask.Set(id);
            highest = Math.Max(highest, id);
        }

        _mask = mask;
        _highestId = highest;
    }

    /// <summary>The cue strings.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Returns true when <paramref name="text"/> contains one of the strings.</summary>
    public bool OccursIn(ReadOnlySpan<char> text) => text.ContainsAny(_search);

    /// <summary>
    /// Returns true when <paramref name="segment"/> of <paramref name="text"/> contains one of the strings. Uses
    /// the segment's precomputed hits when they cover every id of this trigger, and a direct search otherwise.
    /// </summary>
    internal bool OccursIn(string text, in TextSegment segment) =>
        _highestId < segment.TriggerIdsScanned
            ? segment.Triggers.Overlaps(in _mask)
            : text.AsSpan(segment.Start, segment.Length).ContainsAny(_search);
}
