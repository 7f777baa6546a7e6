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

    // True when some string must start or be a word, so a hit of the substring search is checked further.
    private readonly bool _bounded;

    // The strings' ids, registered when the trigger is first tested against a segment, so that the
    // table holds only the strings of patterns that run (a profile's unused recognizers add none).
    private Registration? _registration;

    internal TriggerWords(IReadOnlyList<string> values)
        : this([.. values.Select(v => new TriggerString(v, AtWordStart: false))])
    {
    }

    /// <summary>Creates the trigger from strings that may each need to start a word or be a whole word.</summary>
    internal TriggerWords(IReadOnlyList<TriggerString> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        if (strings.Count == 0 || strings.Any(s => string.IsNullOrEmpty(s.Value)))
        {
            throw new ArgumentException("Trigger strings must be non-empty, and there must be at least one.", nameof(strings));
        }

        Strings = strings;
        Values = [.. strings.Select(s => s.Value)];
        _search = SearchValues.Create([.. Values], StringComparison.OrdinalIgnoreCase);
        _bounded = strings.Any(s => s.AtWordStart || s.AtWordEnd);
    }

    /// <summary>The cue strings.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The cue strings with whether each must start a word or be a whole word.</summary>
    internal IReadOnlyList<TriggerString> Strings { get; }

    /// <summary>Returns true when <paramref name="text"/> contains one of the strings where it may stand.</summary>
    public bool OccursIn(ReadOnlySpan<char> text) => _bounded ? OccursBounded(text) : text.ContainsAny(_search);

    /// <summary>
    /// Returns true when <paramref name="segment"/> of <paramref name="text"/> contains one of the strings. Uses
    /// the segment's precomputed hits when they cover every id of this trigger, and a direct search otherwise.
    /// </summary>
    internal bool OccursIn(string text, in TextSegment segment)
    {
        var registration = _registration ??= Register(Strings);
        return registration.HighestId < segment.TriggerIdsScanned
            ? segment.Triggers.Overlaps(in registration.Mask)
            : OccursIn(text.AsSpan(segment.Start, segment.Length));
    }

    /// <summary>
    /// Returns the ids of the strings as a mask, and the largest id: int.MaxValue when one of them has no id,
    /// so no segment covers them. Registers the strings when they are not yet.
    /// </summary>
    internal (TriggerMask Mask, int HighestId) RegisteredIds()
    {
        var registration = _registration ??= Register(Strings);
        return (registration.Mask, registration.HighestId);
    }

    private bool OccursBounded(ReadOnlySpan<char> text)
    {
        foreach (var trigger in Strings)
        {
            for (var from = 0; from < text.Length;)
            {
                var index = text[from..].IndexOf(trigger.Value, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    break;
                }

                var start = from + index;
                if (trigger.MeetsBoundaries(text, start))
                {
                    return true;
                }

                from = start + 1;
            }
        }

        return false;
    }

    // Registering twice on two threads is harmless: the table gives a string the same id every time.
    private static Registration Register(IReadOnlyList<TriggerString> values)
    {
        var mask = default(TriggerMask);
        var highest = -1;
        foreach (var value in values)
        {
            var id = TriggerTable.Register(value);
            if (id < 0)
            {
                return new Registration(mask, int.MaxValue);
            }

            mask.Set(id);
            highest = Math.Max(highest, id);
        }

        return new Registration(mask, highest);
    }

    // The ids of the strings as a mask, and the largest id; int.MaxValue when one of them has no id, so
    // segments never cover it.
    private sealed class Registration(TriggerMask mask, int highestId)
    {
        public readonly TriggerMask Mask = mask;

        public int HighestId { get; } = highestId;
    }
}
