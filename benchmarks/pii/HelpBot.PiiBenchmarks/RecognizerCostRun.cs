using System.Diagnostics;
using System.Globalization;
using HelpBot.Privacy;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.PiiBenchmarks;

/// <summary>Prints the CPU time each built-in recognizer takes on the 1 MB input, to find the costly ones.</summary>
public static class RecognizerCostRun
{
    // Diagnostics only: reads each recognizer's private pattern table to time its regexes alone.
    private static void PrintPatternCosts(IPiiRecognizer recognizer, string text)
    {
        var field = recognizer.GetType().GetField("Patterns", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
        if (field?.GetValue(null) is not PiiPattern[] patterns)
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var count = 0;
            for (var match = pattern.Regex.Match(text); match.Success; match = match.NextMatch())
            {
                count++;
            }

            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {pattern.Name,-46} {cpu,8:F0} ms CPU, {count,6} matches"));
        }
    }

    public static void Run()
    {
        var text = MixedCorpus.Build(MixedCorpus.FindCorpus(), AnalyzerBenchmarks.InputSize);
        foreach (var recognizer in RecognizerRegistry.CreateBuiltIn())
        {
            var findings = new List<PiiFinding>();
            recognizer.Analyze(text, findings);
            findings.Clear();
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            recognizer.Analyze(text, findings);
            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{recognizer.Name,-50} {cpu,8:F0} ms CPU, {findings.Count,6} candidates"));
            PrintPatternCosts(recognizer, text);
        }
    }
}
