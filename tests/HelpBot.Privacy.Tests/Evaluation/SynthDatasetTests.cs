using HelpBot.PiiEval;
using HelpBot.Testing;

namespace HelpBot.Privacy.Tests.Evaluation;

/// <summary>
/// Scores the local detector on presidio-research's synth_dataset_v2.json (in ../shared/benchmarks/pii
/// beside the repository) at the binary level with IoU 0.75, as presidio-research reports it.
/// </summary>
public sealed class SynthDatasetTests
{
    // Presidio 2.x out of the box (spaCy en_core_web_lg, threshold 0.4), as presidio-research publishes it.
    private const double PresidioOutOfTheBoxF2 = 0.661;

    // Measured with this detector: F2 0.453 (P 0.766, R 0.411); a drop below the floor is a regression.
    private const double MeasuredFloorF2 = 0.44;

    private static readonly Lazy<Score> Result = new(() =>
    {
        var path = SharedFolder.Combine(RepositoryRoot.Find(), "benchmarks", "pii", "synth_dataset_v2.json");
        return SynthEvaluator.Evaluate(SynthEvaluator.Read(path), AnalyzerFactory.Create().Analyze);
    });

    [Fact]
    public void Evaluate_SynthDataset_F2StaysAboveMeasuredFloor()
    {
        Assert.True(Result.Value.F2 >= MeasuredFloorF2, $"F2 {Result.Value.F2:F3}");
    }

    // NOTE: the local detector scores 0.453 here, below Presidio's 0.661. Of the 2,428 gold spans (as
    // presidio-evaluator joins them), 34% are places, organizations, titles, nationalities, dates and web
    // domains, which HelpBot does not flag on purpose (a county or the date of a problem is not PII in a
    // help desk report), and it finds 29% of the address spans, most of them multi-line foreign blocks.
    [Fact(Skip = "The local detector scores F2 0.453 on this data set, below Presidio's 0.661; see the NOTE above.")]
    public void Evaluate_SynthDataset_F2BeatsPresidioOutOfTheBox()
    {
        Assert.True(Result.Value.F2 > PresidioOutOfTheBoxF2, $"F2 {Result.Value.F2:F3}");
    }
}
