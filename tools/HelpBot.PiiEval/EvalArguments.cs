namespace HelpBot.PiiEval;

/// <summary>Command-line options of the evaluation tool.</summary>
/// <param name="CorpusPath">Path of corpus.jsonl.</param>
/// <param name="SynthPath">Path of synth_dataset_v2.json, or null to skip that evaluation.</param>
public sealed record EvalArguments(string CorpusPath, string? SynthPath)
{
    /// <summary>Help text.</summary>
    public const string Usage = """
        Usage: HelpBot.PiiEval [--corpus PATH] [--synth PATH | --no-synth]
          --corpus PATH  labelled corpus, JSON lines (default: tests/HelpBot.Privacy.Tests/Corpus/corpus.jsonl
                         in the repository that contains the current folder)
          --synth PATH   presidio-research synth_dataset_v2.json (default: ../shared/benchmarks/pii/ beside the
                         repository, when it exists)
          --no-synth     skip the synthetic data set
        The detector reads its settings from environment variables such as Pii__ScoreThreshold.
        """;

    private const string CorpusRelativePath = "tests/HelpBot.Privacy.Tests/Corpus/corpus.jsonl";
    private const string SynthRelativePath = "../shared/benchmarks/pii/synth_dataset_v2.json";

    /// <summary>Parses <paramref name="args"/>; returns null on an unknown option or a missing value.</summary>
    public static EvalArguments? Parse(IReadOnlyList<string> args)
    {
        string? corpus = null, synth = null;
        var skipSynth = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Count:
                    corpus = args[++i];
                    break;
                case "--synth" when i + 1 < args.Count:
                    synth = args[++i];
                    break;
                case "--no-synth":
                    skipSynth = true;
                    break;
                default:
                    return null;
            }
        }

        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        corpus ??= root is null ? null : Path.Combine(root, CorpusRelativePath);
        if (corpus is null)
        {
            return null;
        }

        synth ??= root is null ? null : Path.GetFullPath(Path.Combine(root, SynthRelativePath));
        return new EvalArguments(corpus, skipSynth || synth is null || !File.Exists(synth) ? null : synth);
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
