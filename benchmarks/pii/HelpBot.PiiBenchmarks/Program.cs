using BenchmarkDotNet.Running;
using HelpBot.PiiBenchmarks;

// "--write-corpus PATH" writes the 1 MB input for the redact-pii comparison, "--cpu-time N" measures
// by CPU time over N runs, and other arguments go to BenchmarkDotNet (for example --filter '*').
if (args is ["--write-corpus", var path])
{
    await File.WriteAllTextAsync(path, MixedCorpus.Build(MixedCorpus.FindCorpus(), AnalyzerBenchmarks.InputSize));
    return 0;
}

if (args is ["--cpu-time", var rounds])
{
    CpuTimeRun.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--recognizer-cost"])
{
    RecognizerCostRun.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
return 0;
