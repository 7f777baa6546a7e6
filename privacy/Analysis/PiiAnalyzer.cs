using System.Diagnostics;
using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Analysis;

/// <summary>
/// Runs the enabled recognizers, then drops findings below the score threshold, allow-listed values and
/// findings inside case numbers, error codes, version numbers or web addresses, and resolves overlaps.
/// Findings from a regex timeout skip those steps, so a timeout always reports the whole text.
/// </summary>
public sealed class PiiAnalyzer : IPiiAnalyzer
{
    // The lists of the text being analyzed on this thread (candidates, stretches, accepted findings and
    // non-PII stretches), reused from text to text.
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly IPiiRecognizer[] _recognizers;

    // The recognizers again, where each is a PatternRecognizer, so the loop over them needs no type test.
    private readonly PatternRecognizer?[] _patternRecognizers;
    private readonly double _threshold;
    private readonly AllowList _allowList;
    private readonly ILogger<PiiAnalyzer> _logger;

    /// <summary>Creates the analyzer from the registry's recognizers and the options.</summary>
    public PiiAnalyzer(RecognizerRegistry registry, IOptions<PiiOptions> options, ILogger<PiiAnalyzer> logger)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _recognizers = [.. registry.Recognizers];
        _patternRecognizers = [.. _recognizers.Select(r => r as PatternRecognizer)];
        _threshold = options.Value.ScoreThreshold;
        _allowList = new AllowList(options.Value.AllowList);
        _logger = logger;
        WarmUp();
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.RecognizersLoaded(_recognizers.Length, string.Join(", ", _recognizers.Select(r => r.Name)), _threshold);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<PiiFinding> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var started = _logger.IsEnabled(LogLevel.Debug) ? Stopwatch.GetTimestamp() : 0;
        var scratch = t_scratch ??= new Scratch();
        var candidates = scratch.Candidates;
        candidates.Clear();
        var segments = TextSegmenter.Split(text, scratch.Segments);
        for (var i = 0; i < _recognizers.Length; i++)
        {
            if (_patternRecognizers[i] is { } patterns)
            {
                patterns.Analyze(text, segments, candidates, _threshold);
            }
            else
            {
                _recognizers[i].Analyze(text, candidates);
            }
        }

        var timedOut = TimedOut(candidates);
        LogTimeouts(text, timedOut);
        var accepted = Filter(text, segments, candidates, scratch.Accepted, scratch.NonPii);
        IReadOnlyList<PiiFinding> result = [];
        if (accepted.Count > 0 || timedOut is not null)
        {
            var findings = FindingMerger.Merge(accepted);
            if (timedOut is not null)
            {
                findings.InsertRange(0, timedOut);
            }

            result = findings;
        }

        LogCompleted(text, started, candidates.Count, result);
        scratch.Clear();
        return result;
    }

    /// <summary>
    /// Applies the score threshold, the allow list and the non-PII filter to findings from another detector
    /// (Azure), the same way as to local findings, and returns the kept ones sorted by offset.
    /// </summary>
    public IReadOnlyList<PiiFinding> FilterExternal(string text, IReadOnlyList<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var kept = Filter(text, TextSegmenter.Split(text), findings.Where(f => f.End <= text.Length).ToList(), [], []);
        kept.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return kept;
    }

    private void LogCompleted(string text, long started, int candidateCount, IReadOnlyList<PiiFinding> findings)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var categories = string.Join(", ", findings.Select(f => f.Category).Distinct().Order(StringComparer.Ordinal));
        _logger.AnalysisCompleted(text.Length, findings.Count, categories, elapsed, candidateCount - findings.Count);
    }

    // Fills accepted with the kept candidates and returns it; nonPii is the list the non-PII stretches go in.
    private List<PiiFinding> Filter(
        string text, List<TextSegment> segments, List<PiiFinding> candidates, List<PiiFinding> accepted, List<(int Start, int End)> nonPii)
    {
        accepted.Clear();
        foreach (var candidate in candidates)
        {
            if (!candidate.Explanation.TimedOut && candidate.Score >= _threshold)
            {
                accepted.Add(candidate);
            }
        }

        if (accepted.Count == 0)
        {
            return accepted;
        }

        nonPii = FindNonPiiSpans(text, segments, nonPii);

        // An allow-listed value also hides shorter findings inside it, such as the local part 221-3943
        // of the help desk number (800) 221-3943.
        var allowed = false;
        foreach (var finding in accepted)
        {
            if (_allowList.Contains(text.AsSpan(finding.Offset, finding.Length)))
            {
                nonPii.Add((finding.Offset, finding.End));
                allowed = true;
            }
        }

        if (allowed)
        {
            nonPii = NonPiiSpans.Join(nonPii);
        }

        return nonPii.Count == 0 ? accepted : DropCovered(accepted, nonPii);
    }

    private List<(int Start, int End)> FindNonPiiSpans(string text, List<TextSegment> segments, List<(int Start, int End)> spans)
    {
        try
        {
            return NonPiiSpans.Find(text, segments, spans);
        }
        catch (RegexMatchTimeoutException)
        {
            // Fail closed: without the non-PII stretches, only allow-listed values are dropped.
            _logger.NonPiiSpansTimedOut(text.Length);
            spans.Clear();
            return spans;
        }
    }

    // Removes, in place, the findings inside a non-PII stretch. URL and IP address findings (General
    // profile) are what the web-address and version stretches match, so those stretches do not drop them.
    private static List<PiiFinding> DropCovered(List<PiiFinding> findings, List<(int Start, int End)> nonPii)
    {
        var keptCount = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Category is PiiCategories.Url or PiiCategories.IPAddress || !NonPiiSpans.Covers(nonPii, finding.Offset, finding.End))
            {
                findings[keptCount++] = finding;
            }
        }

        findings.RemoveRange(keptCount, findings.Count - keptCount);
        return findings;
    }

    // Runs each recognizer once so its regexes are compiled before the first real text. A regex's
    // timeout clock starts before the just-in-time compilation of its generated code, so a cold first
    // call on a busy machine could otherwise time out and report a whole message as PII.
    private void WarmUp()
    {
        const string sample = "Client is Dana Testperson, DOB 01/01/1900, phone 303-555-0100, test@example.org, case 1B00000.";
        var discarded = new List<PiiFinding>();
        foreach (var recognizer in _recognizers)
        {
            recognizer.Analyze(sample, discarded);
        }

        try
        {
            _ = NonPiiSpans.Find(sample, TextSegmenter.Split(sample));
        }
        catch (RegexMatchTimeoutException)
        {
            // A cold regex on a paused or busy machine; the warm-up has still compiled it.
        }
    }

    // Returns the findings of a regex timeout, or null when there are none.
    private static List<PiiFinding>? TimedOut(List<PiiFinding> candidates)
    {
        List<PiiFinding>? timedOut = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Explanation.TimedOut)
            {
                (timedOut ??= []).Add(candidate);
            }
        }

        return timedOut;
    }

    private void LogTimeouts(string text, List<PiiFinding>? timedOut)
    {
        if (timedOut is null)
        {
            return;
        }

        foreach (var finding in timedOut)
        {
            _logger.RegexTimedOut(finding.Explanation.RecognizerName, finding.Explanation.PatternName, text.Length, finding.Category);
        }
    }

    private sealed class Scratch
    {
        public List<PiiFinding> Candidates { get; } = [];

        public List<TextSegment> Segments { get; } = [];

        public List<PiiFinding> Accepted { get; } = [];

        public List<(int Start, int End)> NonPii { get; } = [];

        // Drops every finding and stretch, so no text's values stay referenced after its analysis.
        public void Clear()
        {
            Candidates.Clear();
            Segments.Clear();
            Accepted.Clear();
            NonPii.Clear();
        }
    }
}
