using System.Globalization;
using HelpBot.Privacy;

namespace HelpBot.PiiEval;

/// <summary>Writes evaluation results as plain-text tables.</summary>
public static class EvalReport
{
    /// <summary>Writes the per-category table, the overall row, the leak rate and any flagged non-PII value.</summary>
    public static void WriteCorpus(TextWriter output, string path, CorpusEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(evaluation);
        output.WriteLine($"Corpus {path}: {evaluation.TextCount} texts");
        output.WriteLine($"{"category",-36} {"gold",5} {"found",5} {"pred",5} {"P",6} {"R",6} {"F2",6}");
        foreach (var (category, score) in evaluation.ByCategory)
        {
            WriteRow(output, category, score);
        }

        WriteRow(output, "overall (micro)", evaluation.Overall);
        output.WriteLine(Invariant($"Texts leaking a first-tier identifier: {evaluation.LeakingTextIds.Count} of {evaluation.TextCount} ({evaluation.LeakRate:P2})"));
        foreach (var id in evaluation.LeakingTextIds)
        {
            output.WriteLine($"  leak: {id}");
        }

        foreach (var error in evaluation.Errors)
        {
            output.WriteLine($"  {error}");
        }

        output.WriteLine($"Non-PII values flagged: {evaluation.NonPiiFlagged.Count}");
        foreach (var item in evaluation.NonPiiFlagged)
        {
            output.WriteLine($"  flagged: {item}");
        }
    }

    /// <summary>Writes the binary-level score of each profile on the synthetic data set.</summary>
    public static void WriteSynth(TextWriter output, string path, int sampleCount, IReadOnlyList<(PiiProfile Profile, Score Score)> scores)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scores);
        output.WriteLine($"Synthetic data set {path}: {sampleCount} samples, binary level, IoU >= {SynthEvaluator.DefaultIouThreshold.ToString(CultureInfo.InvariantCulture)}");
        foreach (var (profile, score) in scores)
        {
            WriteRow(output, $"PII (any category), {profile} profile", score);
        }

        output.WriteLine("Presidio out of the box (published): P 0.733, R 0.646, F2 0.661; compare with the General profile");
    }

    private static void WriteRow(TextWriter output, string name, Score score) =>
        output.WriteLine(Invariant($"{name,-36} {score.Gold,5} {score.Found,5} {score.Predicted,5} {score.Precision,6:F3} {score.Recall,6:F3} {score.F2,6:F3}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
