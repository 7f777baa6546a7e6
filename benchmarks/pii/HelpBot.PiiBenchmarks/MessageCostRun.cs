using System.Diagnostics;
using System.Globalization;
using HelpBot.Privacy;
using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpBot.PiiBenchmarks;

/// <summary>
/// Prints what each built-in recognizer of the default profile costs on the 1 MB input analyzed message by
/// message: the analyzer's CPU time with every recognizer, then the time saved by leaving out one
/// recognizer at a time (Pii:DisabledRecognizers). It also prints the analyzer with only its cheapest recognizer,
/// which is close to the fixed cost of a text. The real analyzer runs, so the preconditions and the context gate apply as in the bot.
/// Run it with DOTNET_TieredCompilation=0: with tiered compilation the first analyzer of the process ran
/// slower than the later ones, which skewed the first pairs.
/// </summary>
public static class MessageCostRun
{
    /// <summary>
    /// Measures each configuration as the fastest of <paramref name="rounds"/> runs by CPU time. Each
    /// recognizer's saving is measured against a run with every recognizer made just before it, so a
    /// machine whose speed drifts during the run skews one pair rather than all of them.
    /// </summary>
    public static void Run(int rounds)
    {
        var lines = MixedCorpus.Build(MixedCorpus.FindCorpus(), AnalyzerBenchmarks.InputSize).Split('\n');
        var every = Create(new PiiOptions());
        var names = every.Registry.Recognizers.Select(r => r.Name).ToList();
        // Twice: the first analyzer of the process also waits for the JIT to optimize the shared code.
        WarmUp(every.Analyzer, lines);
        WarmUp(every.Analyzer, lines);
        Print("all recognizers", Measure(every.Analyzer, lines, rounds));

        var saved = new List<(string Name, double Milliseconds)>();
        foreach (var name in names)
        {
            var withAll = Measure(every.Analyzer, lines, rounds);
            var without = Create(new PiiOptions { DisabledRecognizers = [name] }).Analyzer;
            WarmUp(without, lines);
            saved.Add((name, withAll - Measure(without, lines, rounds)));
        }

        var cheapest = saved.MinBy(s => s.Milliseconds).Name;
        var alone = Create(new PiiOptions { EnabledRecognizers = [cheapest] }).Analyzer;
        WarmUp(alone, lines);
        Print($"only {cheapest}", Measure(alone, lines, rounds));
        Console.WriteLine("saved by leaving out one recognizer:");
        foreach (var (name, milliseconds) in saved.OrderByDescending(s => s.Milliseconds))
        {
            Print($"  {name}", milliseconds);
        }
    }

    private static (RecognizerRegistry Registry, PiiAnalyzer Analyzer) Create(PiiOptions settings)
    {
        var options = Options.Create(settings);
        var registry = new RecognizerRegistry(RecognizerRegistry.CreateBuiltIn(), options);
        return (registry, new PiiAnalyzer(registry, options, NullLogger<PiiAnalyzer>.Instance));
    }

    // Runs until the tiered JIT has optimized the hot methods, as CpuTimeRun does.
    private static void WarmUp(PiiAnalyzer analyzer, string[] lines)
    {
        for (var i = 0; i < 3; i++)
        {
            AnalyzeAll(analyzer, lines);
            Thread.Sleep(100);
        }
    }

    private static double Measure(PiiAnalyzer analyzer, string[] lines, int rounds)
    {
        var fastest = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            AnalyzeAll(analyzer, lines);
            process.Refresh();
            fastest = Math.Min(fastest, (process.TotalProcessorTime - before).TotalMilliseconds);
        }

        return fastest;
    }

    private static void AnalyzeAll(PiiAnalyzer analyzer, string[] lines)
    {
        foreach (var line in lines)
        {
            analyzer.Analyze(line);
        }
    }

    private static void Print(string name, double milliseconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {milliseconds,7:F0} ms"));
}
