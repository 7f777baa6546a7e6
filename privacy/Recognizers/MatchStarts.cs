using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds, with plain code, the positions where a pattern's regex may match, so that the regex runs anchored
/// at those positions instead of scanning the whole segment. The positions must include every position
/// where the unanchored regex can match; <see cref="PatternRecognizer"/> tries them in order from the end of
/// the last match, which gives the matches of the unanchored scan. Segments with a character outside ASCII
/// are left to the regex, because regex case folding and Unicode categories are not repeated here (regex
/// case folding matches the Kelvin sign to "k").
/// </summary>
internal abstract class MatchStarts
{
    /// <summary>Creates the finder for the pattern whose regex, anchored with \G, is <paramref name="anchored"/>.</summary>
    protected MatchStarts(Regex anchored)
    {
        ArgumentNullException.ThrowIfNull(anchored);
        Anchored = anchored;
    }

    /// <summary>The pattern's regex with \G before it, so that it matches only at the position it starts from.</summary>
    public Regex Anchored { get; }

    /// <summary>
    /// Fills <paramref name="starts"/> with the candidate starts in <paramref name="segment"/> of
    /// <paramref name="text"/>, relative to the segment and sorted, and returns true; returns false when the
    /// segment has a character outside ASCII.
    /// </summary>
    public bool TryFind(string text, in TextSegment segment, List<int> starts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(starts);
        starts.Clear();
        var span = text.AsSpan(segment.Start, segment.Length);
        if (span.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return false;
        }

        Find(span, segment, starts);
        return true;
    }

    /// <summary>Adds the candidate starts in <paramref name="span"/>, an ASCII segment, to <paramref name="starts"/> in order.</summary>
    protected abstract void Find(ReadOnlySpan<char> span, in TextSegment segment, List<int> starts);
}
