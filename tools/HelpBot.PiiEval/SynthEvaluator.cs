using System.Globalization;
using System.Text.Json;
using HelpBot.Privacy;

namespace HelpBot.PiiEval;

/// <summary>
/// Scores a detector on presidio-research's synth_dataset_v2.json at the binary level (any PII against
/// none) the way presidio-evaluator's SpanEvaluator computes its global PII metrics, which its published
/// figures use: gold spans and findings become token spans (<see cref="EvalSpanBuilder"/>: adjacent
/// spans of one type joined across skip words, skip words trimmed); for each gold span, overlapping
/// findings not used yet are added in text order while they raise the character IoU, and the gold span
/// is found when that IoU reaches the threshold. Such a match counts as one prediction; every finding
/// used by no match is a false positive. Entity types do not have to agree.
/// </summary>
public static class SynthEvaluator
{
    /// <summary>IoU threshold of presidio-research's published figures.</summary>
    public const double DefaultIouThreshold = 0.75;

    private const string DataSetShape = "the file must be presidio-research's synth_dataset_v2.json, one JSON array of {\"full_text\", \"spans\": [{\"entity_type\", \"start_position\", \"end_position\"}]}";

    /// <summary>Reads the data set: a JSON list of samples.</summary>
    /// <exception cref="InvalidDataException">
    /// The file is not a JSON list of valid samples. The message is one line that names the file, the line
    /// (for invalid JSON) or the record number (counted from 1), and the fault.
    /// </exception>
    public static List<SynthSample> Read(string path)
    {
        List<SynthSample>? samples;
        using (var stream = File.OpenRead(path))
        {
            try
            {
                samples = JsonSerializer.Deserialize(stream, EvalJsonContext.Default.ListSynthSample);
            }
            catch (JsonException exception)
            {
                var line = exception.LineNumber is { } number ? string.Create(CultureInfo.InvariantCulture, $":{number + 1}") : "";
                throw new InvalidDataException($"{path}{line}: invalid synthetic data set: not a JSON array of samples ({CorpusEvaluator.JsonFault(exception)}); {DataSetShape}.", exception);
            }
        }

        if (samples is null)
        {
            throw new InvalidDataException($"{path}: invalid synthetic data set: the file contains null; {DataSetShape}.");
        }

        for (var i = 0; i < samples.Count; i++)
        {
            if (FindFault(samples[i]) is { } fault)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: record {i + 1}: invalid sample: {fault}; {DataSetShape}."));
            }
        }

        return samples;
    }

    // Returns what makes the sample unusable, or null. Every span must lie inside the text.
    private static string? FindFault(SynthSample? sample)
    {
        if (sample is null)
        {
            return "the record is null";
        }

        if (sample.FullText is null)
        {
            return "\"full_text\" is missing";
        }

        if (sample.Spans is null)
        {
            return "\"spans\" is missing";
        }

        for (var i = 0; i < sample.Spans.Count; i++)
        {
            var span = sample.Spans[i];
            if (span is null || span.EntityType is null || span.StartPosition < 0 || span.StartPosition > span.EndPosition || span.EndPosition > sample.FullText.Length)
            {
                return string.Create(CultureInfo.InvariantCulture, $"spans[{i}] needs an \"entity_type\" and positions inside the text of {sample.FullText.Length} characters");
            }
        }

        return null;
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
            var tokens = EvalTokenizer.Tokenize(sample.FullText);
            var gold = EvalSpanBuilder.Build(sample.FullText, tokens, sample.Spans.Select(s => (s.EntityType, s.StartPosition, s.EndPosition)));
            var predicted = EvalSpanBuilder.Build(sample.FullText, tokens, analyze(sample.FullText).Select(f => (f.Category, f.Offset, f.End)));
            ScoreSample(gold, predicted, iouThreshold, score);
        }

        return score;
    }

    private static void ScoreSample(List<EvalSpan> gold, List<EvalSpan> predicted, double threshold, Score score)
    {
        var used = new bool[predicted.Count];
        foreach (var span in gold)
        {
            score.Gold++;
            if (Match(span, predicted, used, threshold))
            {
                score.Found++;
                score.Correct++;
                score.Predicted++;
            }
        }

        score.Predicted += used.Count(u => !u);
    }

    // Adds overlapping unused findings in text order while each raises the IoU, as SpanEvaluator does.
    private static bool Match(EvalSpan span, List<EvalSpan> predicted, bool[] used, double threshold)
    {
        var chosen = new List<int>();
        var best = 0.0;
        for (var i = 0; i < predicted.Count; i++)
        {
            if (used[i] || predicted[i].Start >= span.End || span.Start >= predicted[i].End)
            {
                continue;
            }

            chosen.Add(i);
            var iou = Iou(span, chosen.Select(c => predicted[c]));
            if (iou > best)
            {
                best = iou;
            }
            else
            {
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        if (chosen.Count == 0 || best < threshold)
        {
            return false;
        }

        chosen.ForEach(i => used[i] = true);
        return true;
    }

    // Character IoU of the gold span against the union of the predicted spans.
    private static double Iou(EvalSpan span, IEnumerable<EvalSpan> predictions)
    {
        var predicted = new HashSet<int>();
        foreach (var prediction in predictions)
        {
            for (var i = prediction.Start; i < prediction.End; i++)
            {
                predicted.Add(i);
            }
        }

        var intersection = predicted.Count(i => i >= span.Start && i < span.End);
        var union = predicted.Count + (span.End - span.Start) - intersection;
        return union == 0 ? 0 : (double)intersection / union;
    }
}
