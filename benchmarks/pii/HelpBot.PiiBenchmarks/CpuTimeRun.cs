using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace HelpBot.PiiBenchmarks;

/// <summary>
/// Measures the analyzer by the CPU time of the calling thread's process rather than wall time, which
/// stays meaningful on a machine busy with other work: MB/s = megabytes / CPU seconds. Single-threaded,
/// so CPU seconds are one core's seconds (the garbage collector's background threads add a little).
/// </summary>
public static class CpuTimeRun
{
    /// <summary>
    /// Runs each case <paramref name="rounds"/> times after a warm-up and prints the median. <paramref name="cases"/>
    /// is "one" (the 1 MB text only), "messages" (per message only) or anything else for both.
    /// </summary>
    public static void Run(int rounds, string cases)
    {
        var benchmarks = new AnalyzerBenchmarks();
        benchmarks.Setup();
        WarmUp(benchmarks);
        if (cases != "messages")
        {
            Measure("one 1 MB text", rounds, () => benchmarks.OneText());
        }

        if (cases != "one")
        {
            Measure("per message", rounds, () => benchmarks.PerMessage());
        }
    }

    // Runs both cases until the tiered JIT has compiled the hot methods with full optimization: methods
    // start unoptimized, are recompiled with instrumentation and then optimized on a background thread,
    // and each new compilation delays the next promotion. On a 2-core machine per-message analysis took
    // six or more rounds to settle, and rounds measured before that ran at a third of the later speed,
    // with the background compilation in their CPU time. Quiet rounds alone do not prove it has settled:
    // one process stopped after two quiet rounds at round 9 and then compiled again, measuring a third of
    // the speed of a process that warmed up for 24 rounds. So the warm-up runs at least MinWarmUpRounds,
    // then ends after QuietRoundsNeeded rounds in a row that compiled no method, or after MaxWarmUpRounds.
    private static void WarmUp(AnalyzerBenchmarks benchmarks)
    {
        const int MinWarmUpRounds = 20;
        const int QuietRoundsNeeded = 3;
        const int MaxWarmUpRounds = 60;
        var quietRounds = 0;
        var rounds = 0;
        while ((quietRounds < QuietRoundsNeeded || rounds < MinWarmUpRounds) && rounds < MaxWarmUpRounds)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            benchmarks.OneText();
            benchmarks.PerMessage();
            Thread.Sleep(200);
            quietRounds = JitInfo.GetCompiledMethodCount() == compiledBefore ? quietRounds + 1 : 0;
            rounds++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {rounds} rounds, {JitInfo.GetCompiledMethodCount()} methods compiled"));
    }

    private static void Measure(string name, int rounds, Func<int> run)
    {
        run();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = GC.CollectionCount(0);
        run();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1_000_000.0;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        var compiledBefore = JitInfo.GetCompiledMethodCount();
        var cpuSeconds = new List<double>();
        var wallSeconds = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            run();
            process.Refresh();
            cpuSeconds.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            wallSeconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        var compiled = JitInfo.GetCompiledMethodCount() - compiledBefore;
        cpuSeconds.Sort();
        wallSeconds.Sort();
        var megabytes = AnalyzerBenchmarks.InputSize / 1_000_000.0;
        var cpu = cpuSeconds[rounds / 2];
        var fastest = cpuSeconds[0];
        var wall = wallSeconds[rounds / 2];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: median CPU {cpu:F3} s ({megabytes / cpu:F1} MB/s by CPU time; fastest run {megabytes / fastest:F1} MB/s), wall {wall:F3} s ({megabytes / wall:F1} MB/s) over {rounds} runs; one run allocates {allocated:F0} MB ({collections} gen 0 collections); {compiled} methods compiled while measuring"));
    }
}
