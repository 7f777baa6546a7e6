using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Base of the regex recognizers: named patterns with scores, context words that raise the score and
/// negative context words that lower it, and hooks to refine, validate or invalidate a match.
/// Scoring steps for each match: refine the span, invalidate, validate, then apply context.
/// </summary>
public abstract partial class PatternRecognizer : IPiiRecognizer
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

    private readonly PiiPattern[] _patterns;

    // True when the recognizer overrides Validate, which can raise a match to 1 whatever its context.
    private readonly bool _validates;

    // The positive and negative context words as triggers, created on first use. A pattern that needs a
    // context word skips stretches with none near; a match in a stretch with none near skips the word search.
    private ContextTriggers? _contextTriggers;

    // The patterns' preconditions joined, created on first use. A text of one segment that fails it skips
    // the loop over the patterns.
    private RecognizerGate? _gate;

    // Each pattern's context requirement for the last threshold asked for.
    private ContextNeeds? _needs;

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

    private PiiFinding CreateTimeoutFinding(string text, PiiPattern pattern, TimeSpan timeout)
    {
        var note = $"The regex timed out twice after {timeout.TotalMilliseconds} ms, so the whole text counts as {Category} (fail closed).";
        var explanation = new PiiExplanation(Name, pattern.Name, pattern.Score, 1.0, [], TimedOut: true, Note: note);
        return new PiiFinding(Category, Tier, 0, text.Length, 1.0, explanation);
    }

    // The context requirement of each pattern, in pattern order, for one score threshold.
    private sealed record ContextNeeds(double Threshold, ContextRequirement[] ByPattern);

    // Whether a pattern's matches can reach the score threshold without a context word near them.
    private enum ContextRequirement
    {
        None,
        Near,
        Unreachable,
    }
}
