using HelpBot.PiiEval;

namespace HelpBot.Privacy.Tests.Tools;

public sealed class EvalCommandTests : IDisposable
{
    private const string ValidRecord = """{"id":"ok","text":"Call 303-555-0100.","entities":[]}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("helpbot-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("not json", ":2: invalid corpus record: not a JSON object (")]
    [InlineData("""{"id":"b","text":"No entities here."}""", ":2: invalid corpus record: \"entities\" is missing. Fix or remove the line;")]
    [InlineData("""{"id":"b","entities":[]}""", ":2: invalid corpus record: \"text\" is missing.")]
    [InlineData("null", ":2: invalid corpus record: the line is null.")]
    [InlineData("""{"id":"b","text":"abc","entities":[{"category":"Person","offset":2,"length":5}]}""", ":2: invalid corpus record: entities[0] needs a \"category\" and an offset and length inside the text of 3 characters.")]
    [InlineData("""{"id":"b","text":"abc","entities":[{"offset":0,"length":1}]}""", ":2: invalid corpus record: entities[0] needs a \"category\"")]
    [InlineData("""{"id":"b","text":"abc","entities":[],"nonPii":[{"kind":"CaseNumber","offset":-1,"length":1}]}""", ":2: invalid corpus record: nonPii[0] needs a \"kind\"")]
    public async Task RunAsync_BadCorpusLine_NamesFileAndLine(string line, string expected)
    {
        var corpus = Write("corpus.jsonl", ValidRecord + "\n" + line + "\n");

        var (code, output, error) = await RunAsync("--corpus", corpus, "--no-synth");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(corpus + expected, error, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Theory]
    [InlineData("{\"full_text\":\"x\",\"spans\":[]}\n{\"full_text\":\"y\",\"spans\":[]}\n", ":1: invalid synthetic data set: not a JSON array of samples (")]
    [InlineData("""[{"full_text":"x"},{}]""", ": record 1: invalid sample: \"spans\" is missing;")]
    [InlineData("""[{"full_text":"x","spans":[]},{}]""", ": record 2: invalid sample: \"full_text\" is missing;")]
    [InlineData("""[{"full_text":"x","spans":[]},null]""", ": record 2: invalid sample: the record is null;")]
    [InlineData("""[{"full_text":"xy","spans":[{"entity_type":"PERSON","start_position":1,"end_position":9}]}]""", ": record 1: invalid sample: spans[0] needs an \"entity_type\" and positions inside the text of 2 characters;")]
    [InlineData("null", ": invalid synthetic data set: the file contains null;")]
    [InlineData("", ":1: invalid synthetic data set: not a JSON array of samples (")]
    public async Task RunAsync_BadSynthFile_NamesFileAndRecord(string content, string expected)
    {
        var corpus = Write("corpus.jsonl", ValidRecord + "\n");
        var synth = Write("synth.json", content);

        var (code, output, error) = await RunAsync("--corpus", corpus, "--synth", synth);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(synth + expected, error, StringComparison.Ordinal);
        Assert.Contains("synth_dataset_v2.json", error, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Fact]
    public async Task RunAsync_ConflictingOptions_ExitsTwo()
    {
        var corpus = Write("corpus.jsonl", ValidRecord + "\n");

        var (code, output, error) = await RunAsync("--corpus", corpus, "--no-synth", "--synth", corpus);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("Conflicting options:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ValidCorpus_WritesTable()
    {
        var corpus = Write("corpus.jsonl", ValidRecord + "\n\n");

        var (code, output, error) = await RunAsync("--corpus", corpus, "--no-synth");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith($"Corpus {corpus}: 1 texts", output, StringComparison.Ordinal);
    }

    private static void AssertOneLine(string error)
    {
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at HelpBot.", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await EvalCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
