using System.Diagnostics;
using System.Globalization;
using HelpBot.Privacy;
using HelpBot.Privacy.Recognizers;

namespace HelpBot.PiiBenchmarks;

/// <summary>
/// Prints the time each built-in recognizer takes on the 1 MB input analyzed message by message, to find
/// the costly ones where the bot spends its time. Wall time of one thread, so run it on a quiet machine or
/// compare recognizers within one run.
/// </summary>
public static class MessageCostRun
{
    // Diagnostics only: reads each recognizer's private pattern table to time its regexes alone.
    private static void PrintPatternCosts(IPiiRecognizer recognizer, string[] lines)
    {
        var field = recognizer.GetType().GetField("Patterns", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
        if (field?.GetValue(null) is not PiiPattern[] patterns)
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            var started = Stopwatch.GetTimestamp();
            var count = 0;
            var ran = 0;
            foreach (var line in lines)
            {
                if (pattern.Trigger is not null && !pattern.Trigger.OccursIn(line))
                {
                    continue;
                }

                ran++;
                foreach (var match in pattern.Regex.EnumerateMatches(line))
                {
                    count++;
                }
            }

            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {pattern.Name,-46} {elapsed,8:F1} ms, {ran,5} texts, {count,6} matches"));
        }
    }

    /// <summary>Times every recognizer over all messages <paramref name="rounds"/> times and prints the median.</summary>
    public static void Run(int rounds)
    {
        var lines = MixedCorpus.Build(MixedCorpus.FindCorpus(), AnalyzerBenchmarks.InputSize).Split('\n');
        var findings = new List<PiiFinding>();
        var total = 0.0;
        // The first recognizer would otherwise pay for the tiered JIT's work on shared code.
        var recognizers = RecognizerRegistry.CreateBuiltIn();
        foreach (var recognizer in recognizers)
        {
            foreach (var line in lines)
            {
                findings.Clear();
                recognizer.Analyze(line, findings);
            }
        }

        foreach (var recognizer in recognizers)
        {
            var times = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                var started = Stopwatch.GetTimestamp();
                foreach (var line in lines)
                {
                    findings.Clear();
                    recognizer.Analyze(line, findings);
                }

                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.RemoveAt(0);
            times.Sort();
            total += times[times.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{recognizer.Name,-50} {times[times.Count / 2],8:F1} ms"));
            PrintPatternCosts(recognizer, lines);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all recognizers",-50} {total,8:F1} ms"));
    }
}
