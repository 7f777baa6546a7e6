namespace HelpBot.PiiEval;

/// <summary>Command-line options of the evaluation tool.</summary>
/// <param name="CorpusPath">Path of corpus.jsonl.</param>
/// <param name="SynthPath">Path of synth_dataset_v2.json, or null to skip that evaluation.</param>
/// <param name="Note">A line to print before the results, such as why the synthetic set is skipped; or null.</param>
public sealed record EvalArguments(string CorpusPath, string? SynthPath, string? Note = null)
{
    /// <summary>Help text.</summary>
    public const string Usage = """
        Usage: HelpBot.PiiEval [--corpus PATH] [--synth PATH | --no-synth]
          --corpus PATH  labelled corpus, JSON lines (default: tests/HelpBot.Privacy.Tests/Corpus/corpus.jsonl
                         in the repository that contains the current folder)
          --synth PATH   presidio-research synth_dataset_v2.json (default: benchmarks/pii/ in the folder that
                         HELPBOT_SHARED_DIR names, or in ../shared beside the repository)
          --no-synth     skip the synthetic data set
          --help         print this text
        The detector reads its settings from environment variables such as Pii__ScoreThreshold.
        """;

    /// <summary>Environment variable that names the shared folder holding benchmarks/pii.</summary>
    public const string SharedFolderVariable = "HELPBOT_SHARED_DIR";

    private const string CorpusRelativePath = "tests/HelpBot.Privacy.Tests/Corpus/corpus.jsonl";

    /// <summary>
    /// Parses <paramref name="args"/>. Returns the options, or the message to print and the exit code: 0 for
    /// --help, 2 for an unknown option, a missing value or a file that does not exist.
    /// </summary>
    public static (EvalArguments? Options, string? Message, int ExitCode) Parse(IReadOnlyList<string> args)
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
                case "--help" or "-h":
                    return (null, Usage, 0);
                case "--corpus" or "--synth":
                    return (null, $"Missing path after {args[i]}.\n{Usage}", 2);
                default:
                    return (null, $"Invalid argument '{args[i]}': not an option of this tool.\n{Usage}", 2);
            }
        }

        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        corpus ??= root is null ? null : Path.Combine(root, CorpusRelativePath);
        if (corpus is null)
        {
            return (null, "The labelled corpus was not found: run from the repository, or pass --corpus PATH.", 2);
        }

        if (!File.Exists(corpus))
        {
            return (null, $"The labelled corpus {corpus} does not exist.", 2);
        }

        if (skipSynth)
        {
            return (new EvalArguments(corpus, null), null, 0);
        }

        if (synth is not null)
        {
            return File.Exists(synth)
                ? (new EvalArguments(corpus, synth), null, 0)
                : (null, $"The synthetic data set {synth} does not exist.", 2);
        }

        var defaultSynth = DefaultSynthPath(root);
        return defaultSynth is not null && File.Exists(defaultSynth)
            ? (new EvalArguments(corpus, defaultSynth), null, 0)
            : (new EvalArguments(corpus, null, $"Synthetic data set not found{(defaultSynth is null ? "" : $" at {defaultSynth}")}; pass --synth PATH or set {SharedFolderVariable} to score it."), null, 0);
    }

    private static string? DefaultSynthPath(string? root)
    {
        var shared = Environment.GetEnvironmentVariable(SharedFolderVariable);
        if (string.IsNullOrEmpty(shared))
        {
            shared = root is null ? null : Path.Combine(root, "..", "shared");
        }

        return shared is null ? null : Path.GetFullPath(Path.Combine(shared, "benchmarks", "pii", "synth_dataset_v2.json"));
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
