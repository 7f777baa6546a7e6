using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Base of the regex recognizers: named patterns with scores, context words that raise the score and
/// negative context words that lower it, and hooks to refine, validate or invalidate a match.
/// Scoring steps for each match: refine the span, invalidate, validate, then apply context.
/// </summary>
public abstract class PatternRecognizer : IPiiRecognizer
{
    /// <summary>Score added when a context word is near the match.</summary>
    public const double ContextBoost = 0.35;

    /// <summary>Lowest score of a match that has a context word near it.</summary>
    public const double MinimumScoreWithContext = 0.4;

    /// <summary>Score taken away when a negative context word is near the match.</summary>
    public const double NegativeContextPenalty = 0.4;

    // Findings of the pattern being run, kept until it finishes without a timeout; one list per thread.
    [ThreadStatic]
    private static List<PiiFinding>? t_scratch;

    // Candidate starts of a pattern with cue starts, in the segment being scanned; one list per thread.
    [ThreadStatic]
    private static List<int>? t_starts;

    // Context words found near the match being scored; copied into the explanation only when there are any.
    [ThreadStatic]
    private static List<string>? t_contextWords;

    private readonly PiiPattern[] _patterns;

    // True when the recognizer overrides Validate, which can raise a match to 1 whatever its context.
    private readonly bool _validates;

    // The positive and negative context words as triggers, created on first use. A pattern that needs a
    // context word skips stretches with none near; a match in a stretch with none near skips the word search.
    private ContextTriggers? _contextTriggers;

    // The patterns' preconditions joined, created on first use. A text of one segment that fails it skips
    // the loop over the patterns.
    private RecognizerGate? _gate;

    // Name, read once: the default reads the type's name on every call, and every match needs it.
    private string? _name;

    // Each pattern's context requirement for the last threshold asked for.
    private ContextNeeds? _needs;

    // The context words and the negative ones, prepared for a one-pass search on first use.
    private ContextWordSet? _contextWords;
    private ContextWordSet? _negativeWords;

    /// <summary>Creates a recognizer for <paramref name="category"/> from its patterns.</summary>
    protected PatternRecognizer(string category, PiiTier tier, IReadOnlyList<PiiPattern> patterns)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        ArgumentNullException.ThrowIfNull(patterns);
        Category = category;
        Tier = tier;
        _patterns = [.. patterns];
        _validates = GetType().GetMethod(nameof(Validate), BindingFlags.Instance | BindingFlags.NonPublic, [typeof(ReadOnlySpan<char>)])?.DeclaringType
            != typeof(PatternRecognizer);
    }

    /// <inheritdoc/>
    public virtual string Name => GetType().Name;

    /// <inheritdoc/>
    public string Category { get; }

    /// <inheritdoc/>
    public PiiTier Tier { get; }

    /// <summary>The named patterns, in the order they run.</summary>
    internal IReadOnlyList<PiiPattern> NamedPatterns => _patterns;

    /// <summary>Every string this recognizer may register in the trigger table: its patterns' cues and its context words, positive and negative.</summary>
    internal IEnumerable<string> TriggerStrings =>
        _patterns.SelectMany(p => (p.Trigger?.Values ?? []).Concat(p.SecondTrigger?.Values ?? [])).Concat(ContextWords).Concat(NegativeContextWords);

    /// <summary>Words or phrases that raise the score when found near a match. Matched case-insensitively as whole words.</summary>
    protected virtual IReadOnlyList<string> ContextWords => [];

    /// <summary>Words or phrases that lower the score when found near a match ("ticket", "order").</summary>
    protected virtual IReadOnlyList<string> NegativeContextWords => [];

    /// <summary>Characters before the match searched for context words.</summary>
    protected virtual int ContextCharactersBefore => 48;

    /// <summary>Characters after the match searched for context words.</summary>
    protected virtual int ContextCharactersAfter => 24;

    /// <inheritdoc/>
    public void Analyze(string text, ICollection<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        Analyze(text, TextSegmenter.Split(text), findings, threshold: 0);
    }

    /// <summary>
    /// Runs each pattern on the <paramref name="segments"/> of <paramref name="text"/> where its trigger
    /// and digit minimums show it can match. Matches below <paramref name="threshold"/> are not reported. So a
    /// pattern that reaches it only with a context word runs only where one is near, and a pattern that
    /// cannot reach it does not run.
    /// </summary>
    internal void Analyze(string text, List<TextSegment> segments, ICollection<PiiFinding> findings, double threshold)
    {
        var stretches = CollectionsMarshal.AsSpan(segments);
        if (stretches.Length == 1 && !(_gate ??= new RecognizerGate(_patterns)).MayMatch(text, stretches[0]))
        {
            return;
        }

        var needs = NeedsFor(threshold);
        var triggers = _contextTriggers ??= new ContextTriggers(ContextWords, NegativeContextWords);
        for (var p = 0; p < _patterns.Length; p++)
        {
            var need = needs[p];
            if (need == ContextRequirement.Unreachable)
            {
                continue;
            }

            var pattern = _patterns[p];
            var first = NextMatchable(text, stretches, pattern, need, triggers.Positive, 0);
            if (first >= 0)
            {
                AnalyzeWithRetry(text, stretches, first, pattern, need, triggers, t_scratch ??= [], findings);
            }
        }
    }

    /// <summary>
    /// Adjusts the span of a match, for example to drop trailing common words after a name. Returns false
    /// to drop the match. The default keeps the span.
    /// </summary>
    protected virtual bool TryRefine(string text, ref int start, ref int length) => true;

    /// <summary>
    /// Adjusts the span of a match of <paramref name="pattern"/>. The default calls
    /// <see cref="TryRefine(string, ref int, ref int)"/>; override it when the rule depends on the pattern.
    /// </summary>
    protected virtual bool TryRefine(string text, PiiPattern pattern, ref int start, ref int length) =>
        TryRefine(text, ref start, ref length);

    /// <summary>
    /// Checks the value with a rule such as a checksum. True sets the score to 1, false drops the match,
    /// null (the default) means no opinion.
    /// </summary>
    protected virtual bool? Validate(ReadOnlySpan<char> value) => null;

    /// <summary>Returns true when the value cannot be this category (an invalid range, for example).</summary>
    protected virtual bool Invalidate(ReadOnlySpan<char> value) => false;

    // A timeout can come from the thread being descheduled on a busy machine rather than from the
    // regex, so the pattern runs once more before the whole text counts as a finding.
    private void AnalyzeWithRetry(
        string text, ReadOnlySpan<TextSegment> segments, int first, PiiPattern pattern, ContextRequirement need,
        ContextTriggers triggers, List<PiiFinding> scratch, ICollection<PiiFinding> findings)
    {
        const int attempts = 2;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            scratch.Clear();
            try
            {
                for (var i = first; i >= 0; i = NextMatchable(text, segments, pattern, need, triggers.Positive, i + 1))
                {
                    var context = ContextNearSegment(text, segments, i, need, triggers);
                    AnalyzeSegment(text, segments[i], pattern, context, scratch);
                }
            }
            catch (RegexMatchTimeoutException exception)
            {
                if (attempt == attempts)
                {
                    findings.Add(CreateTimeoutFinding(text, pattern, exception.MatchTimeout));
                }

                continue;
            }

            foreach (var finding in scratch)
            {
                findings.Add(finding);
            }

            scratch.Clear();
            return;
        }
    }

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

    private ContextRequirement[] NeedsFor(double threshold)
    {
        var needs = _needs;
        if (needs is null || needs.Threshold != threshold)
        {
            needs = _needs = PlanNeeds(threshold);
        }

        return needs.ByPattern;
    }

    // Kept apart from NeedsFor, whose every call would otherwise allocate the lambda's closure.
    private ContextNeeds PlanNeeds(double threshold) => new(threshold, [.. _patterns.Select(p => ContextNeed(p, threshold))]);

    // Without a context word, a match keeps its pattern's score, or 1 when Validate accepts it.
    private ContextRequirement ContextNeed(PiiPattern pattern, double threshold)
    {
        if (_validates || pattern.Score >= threshold)
        {
            return ContextRequirement.None;
        }

        var withContext = Math.Max(MinimumScoreWithContext, Math.Min(1.0, pattern.Score + ContextBoost));
        return withContext >= threshold && ContextWords.Count > 0 ? ContextRequirement.Near : ContextRequirement.Unreachable;
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

    private void AddScored(string text, PiiPattern pattern, int start, int length, in ContextNear context, List<PiiFinding> findings)
    {
        var finding = Score(text, pattern, start, length, context);
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }

    private PiiFinding? Score(string text, PiiPattern pattern, int start, int length, in ContextNear context)
    {
        if (length == 0 || !TryRefine(text, pattern, ref start, ref length))
        {
            return null;
        }

        var span = text.AsSpan(start, length);
        if (Invalidate(span))
        {
            return null;
        }

        var validated = Validate(span);
        if (validated == false)
        {
            return null;
        }

        var score = validated == true ? 1.0 : pattern.Score;
        var contextWords = t_contextWords ??= [];
        contextWords.Clear();
        score = ApplyContext(text, start, length, score, context, contextWords);
        string[] found = contextWords.Count == 0 ? [] : [.. contextWords];
        var explanation = new PiiExplanation(_name ??= Name, pattern.Name, pattern.Score, score, found, validated);
        return new PiiFinding(Category, Tier, start, length, score, explanation);
    }

    private double ApplyContext(string text, int start, int length, double score, in ContextNear context, List<string> found)
    {
        if (!context.Positive && !context.Negative)
        {
            return score;
        }

        var windowStart = Math.Max(0, start - ContextCharactersBefore);
        var windowEnd = Math.Min(text.Length, start + length + ContextCharactersAfter);
        var before = text.AsSpan(windowStart, start - windowStart);
        var after = text.AsSpan(start + length, windowEnd - start - length);

        // A window that starts or ends inside a word holds only part of it ("son" of "Johnson"), which is no context word.
        var beforeEdges = new WindowEdges(CutAtStart: windowStart > 0 && char.IsLetterOrDigit(text[windowStart - 1]), CutAtEnd: false);
        var afterEdges = new WindowEdges(CutAtStart: false, CutAtEnd: windowEnd < text.Length && char.IsLetterOrDigit(text[windowEnd]));

        if (context.Positive)
        {
            var contextWords = _contextWords ??= new ContextWordSet(ContextWords);
            FindWords(contextWords, before, found, beforeEdges, context);
            FindWords(contextWords, after, found, afterEdges, context);
            if (found.Count > 0)
            {
                score = Math.Max(MinimumScoreWithContext, Math.Min(1.0, score + ContextBoost));
            }
        }

        var positiveCount = found.Count;
        if (context.Negative)
        {
            FindWords(_negativeWords ??= new ContextWordSet(NegativeContextWords), before, found, beforeEdges, context);
        }

        if (found.Count > positiveCount)
        {
            score = Math.Max(0, score - NegativeContextPenalty);
        }

        return score;
    }

    // Every whole word of a match's window lies inside one of the segments that the context's trigger
    // strings come from, because segments are split only at line breaks.
    private static void FindWords(ContextWordSet words, ReadOnlySpan<char> window, List<string> found, WindowEdges edges, in ContextNear context) =>
        words.FindWords(window, found, edges, context.Present, context.IdsScanned);

    private PiiFinding CreateTimeoutFinding(string text, PiiPattern pattern, TimeSpan timeout)
    {
        var note = $"The regex timed out twice after {timeout.TotalMilliseconds} ms, so the whole text counts as {Category} (fail closed).";
        var explanation = new PiiExplanation(Name, pattern.Name, pattern.Score, 1.0, [], TimedOut: true, Note: note);
        return new PiiFinding(Category, Tier, 0, text.Length, 1.0, explanation);
    }

    // The context words and the negative ones as triggers, null where the recognizer has none. They count
    // at word starts only, because the word search finds whole words.
    private sealed class ContextTriggers(IReadOnlyList<string> positive, IReadOnlyList<string> negative)
    {
        public TriggerWords? Positive { get; } = positive.Count == 0 ? null : PiiPattern.AnyWordOf([.. positive]);

        public TriggerWords? Negative { get; } = negative.Count == 0 ? null : PiiPattern.AnyWordOf([.. negative]);
    }

    // Whether some pattern's preconditions can hold in a segment, tested at once for the patterns with a
    // trigger (the union of their strings) and one by one for the others. Registers every pattern's strings.
    private sealed class RecognizerGate
    {
        private readonly TriggerMask _union;
        private readonly int _highestId = -1;
        private readonly PiiPattern[] _untriggered;

        public RecognizerGate(PiiPattern[] patterns)
        {
            foreach (var pattern in patterns)
            {
                if (pattern.Trigger is { } trigger)
                {
                    var (mask, highestId) = trigger.RegisteredIds();
                    _union.UnionWith(mask);
                    _highestId = Math.Max(_highestId, highestId);
                }
            }

            _untriggered = [.. patterns.Where(p => p.Trigger is null)];
        }

        // A segment that did not search every id of the union may contain one of its strings, so it passes.
        public bool MayMatch(string text, in TextSegment segment)
        {
            if (_highestId >= segment.TriggerIdsScanned || segment.Triggers.Overlaps(in _union))
            {
                return true;
            }

            foreach (var pattern in _untriggered)
            {
                if (pattern.CanMatch(text, segment))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // The context requirement of each pattern, in pattern order, for one score threshold.
    private sealed record ContextNeeds(double Threshold, ContextRequirement[] ByPattern);

    // Whether some positive or negative context word occurs near a stretch, and the trigger strings of the
    // segments a match's window can reach (ids from IdsScanned on were not searched). A match in the
    // stretch searches its window only for the kinds of context word that occur, and only for the words present.
    private readonly record struct ContextNear(bool Positive, bool Negative, TriggerMask Present, int IdsScanned);

    // Whether a pattern's matches can reach the score threshold without a context word near them.
    private enum ContextRequirement
    {
        None,
        Near,
        Unreachable,
    }
}
