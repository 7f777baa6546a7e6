using System.Text.Json;
using HelpBot.Privacy;

namespace HelpBot.PiiEval;

/// <summary>
/// Scores a detector on presidio-research's synth_dataset_v2.json at the binary level (any PII against
/// none), as presidio-evaluator's SpanEvaluator does for its global PII metrics: a gold span is a true
/// positive when the findings that overlap it cover it with a character IoU of at least the threshold
/// (the union of those findings against the span), and a finding is correct when it took part in such a
/// match. Precision counts findings, recall counts gold spans.
/// </summary>
public static class SynthEvaluator
{
    /// <summary>IoU threshold of presidio-research's published figures.</summary>
    public const double DefaultIouThreshold = 0.75;

    /// <summary>Reads the data set: a JSON list of samples.</summary>
    public static List<SynthSample> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, EvalJsonContext.Default.ListSynthSample)
            ?? throw new InvalidDataException($"{path}: the data set is null.");
    }

    /// <summary>Runs <paramref name="analyze"/> over every sample and returns the binary-level score.</summary>
    public static Score Evaluate(
        IEnumerable<SynthSample> samples, Func<string, IReadOnlyList<PiiFinding>> analyze, double iouThreshold = DefaultIouThreshold)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(analyze);
        var score = new Score();
        foreach (var sample in samples)
        {
            var findings = analyze(sample.FullText);
            var credited = new bool[findings.Count];
            foreach (var span in sample.Spans)
            {
                score.Gold++;
                if (Matches(span, findings, credited, iouThreshold))
                {
                    score.Found++;
                }
            }

            score.Predicted += findings.Count;
            score.Correct += credited.Count(c => c);
        }

        return score;
    }

    private static bool Matches(SynthSpan span, IReadOnlyList<PiiFinding> findings, bool[] credited, double threshold)
    {
        var overlapping = new List<int>();
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Offset < span.EndPosition && span.StartPosition < findings[i].End)
            {
                overlapping.Add(i);
            }
        }

        if (overlapping.Count == 0 || Iou(span, overlapping.Select(i => findings[i])) < threshold)
        {
            return false;
        }

        overlapping.ForEach(i => credited[i] = true);
        return true;
    }

    // Character IoU of the gold span against the union of the findings.
    private static double Iou(SynthSpan span, IEnumerable<PiiFinding> findings)
    {
        var predicted = new HashSet<int>();
        foreach (var finding in findings)
        {
            for (var i = finding.Offset; i < finding.End; i++)
            {
                predicted.Add(i);
            }
        }

        var intersection = predicted.Count(i => i >= span.StartPosition && i < span.EndPosition);
        var union = predicted.Count + (span.EndPosition - span.StartPosition) - intersection;
        return union == 0 ? 0 : (double)intersection / union;
    }
}
