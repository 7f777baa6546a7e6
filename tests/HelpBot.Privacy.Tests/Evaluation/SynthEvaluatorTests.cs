using HelpBot.PiiEval;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Evaluation;

public sealed class SynthEvaluatorTests
{
    private const string Text = "Send it to 28245 Puruntie 82 Apt. 595 today.";

    [Fact]
    public void Build_AdjacentSpansOfOneType_JoinsThem()
    {
        var tokens = EvalTokenizer.Tokenize(Text);

        var spans = EvalSpanBuilder.Build(Text, tokens, [("ADDRESS", 11, 16), ("ADDRESS", 17, 28), ("ADDRESS", 29, 37)]);

        var span = Assert.Single(spans);
        Assert.Equal("28245 Puruntie 82 Apt. 595", Text[span.Start..span.End]);
    }

    [Fact]
    public void Build_SkipWordsAtEnds_TrimsThem()
    {
        const string text = "He lives on the corner of Main.";

        var spans = EvalSpanBuilder.Build(text, EvalTokenizer.Tokenize(text), [("ADDRESS", 12, 30)]);

        var span = Assert.Single(spans);
        Assert.Equal("Main", text[span.Start..span.End]);
    }

    [Fact]
    public void Evaluate_PiecesCoveringOneSpan_CountOneCorrectPrediction()
    {
        var sample = new SynthSample(Text, [new SynthSpan("STREET_ADDRESS", 11, 37)]);

        var score = SynthEvaluator.Evaluate([sample], _ => [Create(11, 5), Create(17, 11), Create(29, 8)]);

        Assert.Equal(1, score.Found);
        Assert.Equal(1, score.Predicted);
    }

    [Fact]
    public void Evaluate_FindingOutsideGold_CountsFalsePositive()
    {
        var sample = new SynthSample(Text, [new SynthSpan("STREET_ADDRESS", 11, 37)]);

        var score = SynthEvaluator.Evaluate([sample], _ => [Create(0, 4)]);

        Assert.Equal(0, score.Found);
        Assert.Equal(1, score.Predicted);
    }

    [Fact]
    public void Evaluate_LowOverlap_MissesSpan()
    {
        var sample = new SynthSample(Text, [new SynthSpan("STREET_ADDRESS", 11, 37)]);

        var score = SynthEvaluator.Evaluate([sample], _ => [Create(11, 5)]);

        Assert.Equal(0, score.Found);
    }

    private static PiiFinding Create(int offset, int length) =>
        new(PiiCategories.Address, PiiTier.Identifier, offset, length, 0.9, new PiiExplanation(nameof(StreetAddressRecognizer), "test", 0.9, 0.9, []));
}
