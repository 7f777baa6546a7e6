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
    [InlineData("--bogus", "Invalid argument '--bogus': not an option of this tool.")]
    [InlineData("--synth", "Missing path after --synth.")]
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

        Assert.Equal(2, synth.ExitCode);
        Assert.Equal($"The synthetic data set {missing} does not exist; pass an existing file with --synth PATH.", synth.Message);
        Assert.Equal(2, corpus.ExitCode);
        Assert.Equal($"The labelled corpus {missing} does not exist; pass an existing file with --corpus PATH.", corpus.Message);
    }

    [Fact]
    public void Parse_NoSynthPath_FindsOrExplains()
    {
        var (options, _, code) = EvalArguments.Parse(["--corpus", CorpusPath]);

        Assert.Equal(0, code);
        Assert.True(File.Exists(options!.CorpusPath));
        if (options.SynthPath is not null)
        {
            Assert.True(File.Exists(options.SynthPath));
        }
        else
        {
            Assert.Contains("--synth", options.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_NoSynthWithSynth_RejectsConflict()
    {
        var (options, message, code) = EvalArguments.Parse(["--corpus", CorpusPath, "--no-synth", "--synth", CorpusPath]);

        Assert.Null(options);
        Assert.Equal(2, code);
        Assert.StartsWith("Conflicting options: --no-synth skips the synthetic data set that --synth names", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--corpus")]
    [InlineData("--synth")]
    public void Parse_RepeatedOption_RejectsIt(string option)
    {
        var (options, message, code) = EvalArguments.Parse([option, CorpusPath, option, CorpusPath]);

        Assert.Null(options);
        Assert.Equal(2, code);
        Assert.StartsWith($"Invalid arguments: {option} is given twice; pass it once.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FolderPaths_SayFolder()
    {
        var folder = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);

        var corpus = EvalArguments.Parse(["--corpus", folder]);
        var synth = EvalArguments.Parse(["--corpus", CorpusPath, "--synth", folder]);

        Assert.Equal(2, corpus.ExitCode);
        Assert.Equal($"The labelled corpus {folder} is a folder, not a file; pass the file with --corpus PATH.", corpus.Message);
        Assert.Equal(2, synth.ExitCode);
        Assert.Equal($"The synthetic data set {folder} is a folder, not a file; pass the file with --synth PATH.", synth.Message);
    }
}
