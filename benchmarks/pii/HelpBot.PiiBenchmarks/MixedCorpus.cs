using System.Text;
using System.Text.Json;

namespace HelpBot.PiiBenchmarks;

/// <summary>
/// Builds the benchmark input: the texts of the evaluation corpus (tests/HelpBot.Privacy.Tests/Corpus/
/// corpus.jsonl), repeated in file order, one per line, until the text reaches the requested size. The
/// result is the same on every run.
/// </summary>
public static class MixedCorpus
{
    /// <summary>Returns about <paramref name="size"/> UTF-16 code units of corpus text.</summary>
    public static string Build(string corpusPath, int size)
    {
        var texts = File.ReadLines(corpusPath)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var builder = new StringBuilder(size + 512);
        for (var i = 0; builder.Length < size; i++)
        {
            builder.Append(texts[i % texts.Count]).Append('\n');
        }

        return builder.ToString(0, size);
    }

    /// <summary>Finds corpus.jsonl by walking up from the current folder to the one with HelpBot.sln.</summary>
    public static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "tests", "HelpBot.Privacy.Tests", "Corpus", "corpus.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("corpus.jsonl not found above the current folder; run from the repository.");
    }
}
