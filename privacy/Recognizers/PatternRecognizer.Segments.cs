using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

// The scanning part: which segments a pattern runs on, the context words near each, and the regex calls.
public abstract partial class PatternRecognizer
{
    // Candidate starts of a pattern with cue starts, in the segment being scanned; one list per thread.
    [ThreadStatic]
    private static List<int>? t_starts;

    // Returns the index of the first segment from start on where the pattern's preconditions hold, or -1.
    private int NextMatchable(
        string text, ReadOnlySpan<TextSegment> segments, PiiPattern pattern, ContextRequirement need, TriggerWords? positive, int start)
    {
        for (var i = start; i < segments.Length; i++)
        {
            if (pattern.CanMatch(text, segments[i]) && (need == ContextRequirement.None || HasWordNear(positive, text, segments, i)))
            {
                return i;
            }
        }

        return -1;
    }

    // The trigger strings of segment i and of the neighbouring segments that the context window of a match
    // in segment i can reach, so the window search skips the context words that none of them contains.
    private ContextNear ContextNearSegment(
        string text, ReadOnlySpan<TextSegment> segments, int index, ContextRequirement need, ContextTriggers triggers)
    {
        var (first, last) = SegmentsInReach(segments, index);
        var present = segments[index].Triggers;
        var idsScanned = segments[index].TriggerIdsScanned;
        for (var i = first; i <= last; i++)
        {
            present.UnionWith(segments[i].Triggers);
            idsScanned = Math.Min(idsScanned, segments[i].TriggerIdsScanned);
        }

        return new ContextNear(
            need == ContextRequirement.Near || HasWordNear(triggers.Positive, text, segments, index),
            HasWordNear(triggers.Negative, text, segments, index),
            present,
            idsScanned);
    }

    // True when one of the trigger's words occurs in segment i or in a neighbouring segment that the
    // context window of a match in segment i can reach. A substring is enough here, because scoring then
    // looks for whole words.
    private bool HasWordNear(TriggerWords? trigger, string text, ReadOnlySpan<TextSegment> segments, int index)
    {
        if (trigger is null)
        {
            return false;
        }

        var (first, last) = SegmentsInReach(segments, index);
        for (var i = first; i <= last; i++)
        {
            if (trigger.OccursIn(text, segments[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The first and last index of the segments that the context window of a match in segment i can reach.
    private (int First, int Last) SegmentsInReach(ReadOnlySpan<TextSegment> segments, int index)
    {
        var from = segments[index].Start - ContextCharactersBefore;
        var to = segments[index].End + ContextCharactersAfter;
        var first = index;
        while (first > 0 && segments[first - 1].End > from)
        {
            first--;
        }

        var last = index;
        while (last + 1 < segments.Length && segments[last + 1].Start < to)
        {
            last++;
        }

        return (first, last);
    }

    // Scans with EnumerateMatches, which allocates nothing per match. A pattern with a value group is
    // scanned with Match objects instead, to read the group in the same scan.
    private void AnalyzeSegment(string text, in TextSegment segment, PiiPattern pattern, in ContextNear context, List<PiiFinding> findings)
    {
        if (pattern.HasValueGroup && !pattern.ValueIsWholeMatch)
        {
            AnalyzeSegmentWithValueGroup(text, segment, pattern, context, findings);
            return;
        }

        if (pattern.Starts is { } starts && starts.TryFind(text, segment, t_starts ??= []))
        {
            AnalyzeSegmentAtStarts(text, segment, pattern, starts.Anchored, t_starts, context, findings);
            return;
        }

        foreach (var match in pattern.Regex.EnumerateMatches(text.AsSpan(segment.Start, segment.Length)))
        {
            AddScored(text, pattern, segment.Start + match.Index, match.Length, context, findings);
        }
    }

    // Tries the anchored regex at each candidate start from the end of the last match on, as the scan of the
    // unanchored regex would reach them.
    private void AnalyzeSegmentAtStarts(
        string text, in TextSegment segment, PiiPattern pattern, Regex anchored, List<int> starts, in ContextNear context, List<PiiFinding> findings)
    {
        var span = text.AsSpan(segment.Start, segment.Length);
        var resume = 0;
        var previous = -1;
        foreach (var start in starts)
        {
            if (start < resume || start == previous)
            {
                continue;
            }

            previous = start;
            foreach (var match in anchored.EnumerateMatches(span, start))
            {
                AddScored(text, pattern, segment.Start + match.Index, match.Length, context, findings);
                resume = match.Index + match.Length;
                break;
            }
        }
    }

    // Match(text, start, length) treats the segment as the whole input, as EnumerateMatches does with the
    // slice; the value group may lie before the match when it is inside a lookbehind.
    private void AnalyzeSegmentWithValueGroup(string text, in TextSegment segment, PiiPattern pattern, in ContextNear context, List<PiiFinding> findings)
    {
        for (var match = pattern.Regex.Match(text, segment.Start, segment.Length); match.Success; match = match.NextMatch())
        {
            var group = match.Groups[PiiPattern.ValueGroup];
            var value = group.Success ? (Capture)group : match;
            AddScored(text, pattern, value.Index, value.Length, context, findings);
        }
    }
}
