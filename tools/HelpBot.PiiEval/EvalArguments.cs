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
    /// --help, 2 for an unknown, repeated or conflicting option, a missing value, or a path that is not an
    /// existing file.
    /// </summary>
    public static (EvalArguments? Options, string? Message, int ExitCode) Parse(IReadOnlyList<string> args)
    {
        string? corpus = null, synth = null;
        var skipSynth = false;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "--corpus" or "--synth" or "--no-synth" && args.Take(i).Contains(option, StringComparer.Ordinal))
            {
                return (null, $"Invalid arguments: {option} is given twice; pass it once.\n{Usage}", 2);
            }

            switch (option)
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
                    return (null, $"Missing path after {option}.\n{Usage}", 2);
                default:
                    return (null, $"Invalid argument '{option}': not an option of this tool.\n{Usage}", 2);
            }
        }

        if (skipSynth && synth is not null)
        {
            return (null, $"Conflicting options: --no-synth skips the synthetic data set that --synth names; pass only one of them.\n{Usage}", 2);
        }

        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        corpus ??= root is null ? null : Path.Combine(root, CorpusRelativePath);
        if (corpus is null)
        {
            return (null, "The labelled corpus was not found: run from the repository, or pass --corpus PATH.", 2);
        }

        if (CheckFile(corpus, "labelled corpus", "--corpus") is { } corpusError)
        {
            return (null, corpusError, 2);
        }

        if (skipSynth)
        {
            return (new EvalArguments(corpus, null), null, 0);
        }

        if (synth is not null)
        {
            return CheckFile(synth, "synthetic data set", "--synth") is { } synthError
                ? (null, synthError, 2)
                : (new EvalArguments(corpus, synth), null, 0);
        }

        var defaultSynth = DefaultSynthPath(root);
        return defaultSynth is not null && File.Exists(defaultSynth)
            ? (new EvalArguments(corpus, defaultSynth), null, 0)
            : (new EvalArguments(corpus, null, $"Synthetic data set not found{(defaultSynth is null ? "" : $" at {defaultSynth}")}; pass --synth PATH or set {SharedFolderVariable} to score it."), null, 0);
    }

    // Returns the error for a path that is a folder or does not exist, or null for a file.
    private static string? CheckFile(string path, string description, string option)
    {
        if (Directory.Exists(path))
        {
            return $"The {description} {path} is a folder, not a file; pass the file with {option} PATH.";
        }

        return File.Exists(path) ? null : $"The {description} {path} does not exist; pass an existing file with {option} PATH.";
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
