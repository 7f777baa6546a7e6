using BenchmarkDotNet.Attributes;
using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpBot.PiiBenchmarks;

/// <summary>
/// Measures the local analyzer on 1 MB of mixed report text on one thread. MB/s = 1 / mean seconds,
/// since the input is 1,000,000 UTF-16 code units (about 1 MB of UTF-8 text).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    /// <summary>Input size in UTF-16 code units.</summary>
    public const int InputSize = 1_000_000;

    private PiiAnalyzer _analyzer = null!;
    private string _oneMegabyte = "";
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new HelpBot.Privacy.PiiOptions());
        _analyzer = new PiiAnalyzer(new RecognizerRegistry(RecognizerRegistry.CreateBuiltIn(), options), options, NullLogger<PiiAnalyzer>.Instance);
        _oneMegabyte = MixedCorpus.Build(MixedCorpus.FindCorpus(), InputSize);
        _lines = _oneMegabyte.Split('\n');
    }

    /// <summary>The whole megabyte as one text.</summary>
    [Benchmark(Baseline = true)]
    public int OneText() => _analyzer.Analyze(_oneMegabyte).Count;

    /// <summary>The same megabyte as separate messages, as the bot sees them.</summary>
    [Benchmark]
    public int PerMessage()
    {
        var count = 0;
        foreach (var line in _lines)
        {
            count += _analyzer.Analyze(line).Count;
        }

        return count;
    }
}
