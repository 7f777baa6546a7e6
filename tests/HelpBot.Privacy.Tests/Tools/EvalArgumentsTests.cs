using HelpBot.PiiEval;

namespace HelpBot.Privacy.Tests.Tools;

public sealed class EvalArgumentsTests
{
    private static readonly string CorpusPath = Path.Combine(RepositoryRoot.Find(), "tests", "HelpBot.Privacy.Tests", "Corpus", "corpus.jsonl");

    [Fact]
    public void Parse_Help_ReturnsUsageAndZero()
    {
        var (options, message, code) = EvalArguments.Parse(["--help"]);

        Assert.Null(options);
        Assert.Equal(0, code);
        Assert.StartsWith("Usage: HelpBot.PiiEval", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "Unknown argument '--bogus'.")]
    [InlineData("--synth", "--synth needs a path.")]
    public void Parse_BadArgument_NamesIt(string argument, string expected)
    {
        var (options, message, code) = EvalArguments.Parse([argument]);

        Assert.Null(options);
        Assert.Equal(2, code);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingFiles_SayWhichOne()
    {
        var missing = Path.Combine(Path.GetTempPath(), "helpbot-no-such-file.json");

        var synth = EvalArguments.Parse(["--corpus", CorpusPath, "--synth", missing]);
        var corpus = EvalArguments.Parse(["--corpus", missing]);

        Assert.Equal((2, $"The synthetic data set {missing} does not exist."), (synth.ExitCode, synth.Message));
        Assert.Equal((2, $"The labelled corpus {missing} does not exist."), (corpus.ExitCode, corpus.Message));
    }

    [Fact]
    public void Parse_NoSynthPath_FindsSharedSetOrExplains()
    {
        var (options, _, code) = EvalArguments.Parse(["--corpus", CorpusPath]);

        Assert.Equal(0, code);
        Assert.True(File.Exists(options!.CorpusPath));
        Assert.True(options.SynthPath is not null ? File.Exists(options.SynthPath) : options.Note!.Contains("--synth", StringComparison.Ordinal));
    }
}
