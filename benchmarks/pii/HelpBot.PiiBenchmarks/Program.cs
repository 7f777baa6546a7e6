using BenchmarkDotNet.Running;
using HelpBot.PiiBenchmarks;

// "--write-corpus PATH" writes the 1 MB input for the redact-pii comparison, "--cpu-time N [one|messages]"
// measures by CPU time over N runs (both inputs, or only one), and other arguments go to BenchmarkDotNet (for example --filter '*').
if (args is ["--write-corpus", var path])
{
    await File.WriteAllTextAsync(path, MixedCorpus.Build(MixedCorpus.FindCorpus(), AnalyzerBenchmarks.InputSize));
    return 0;
}

if (args is ["--cpu-time", var rounds, ..])
{
    CpuTimeRun.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "all");
    return 0;
}

if (args is ["--message-cost", var messageRounds])
{
    MessageCostRun.Run(int.Parse(messageRounds, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--recognizer-cost"])
{
    RecognizerCostRun.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
return 0;
