using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Tests;

/// <summary>Builds analyzers for tests from the built-in or given recognizers.</summary>
internal static class AnalyzerFactory
{
    public static PiiAnalyzer Create(PiiOptions? options = null, IEnumerable<IPiiRecognizer>? recognizers = null)
    {
        var settings = Options.Create(options ?? new PiiOptions());
        var registry = new RecognizerRegistry(recognizers ?? RecognizerRegistry.CreateBuiltIn(), settings);
        return new PiiAnalyzer(registry, settings, NullLogger<PiiAnalyzer>.Instance);
    }

    public static PiiAnalyzer CreateFor(IPiiRecognizer recognizer) => Create(recognizers: [recognizer]);

    /// <summary>Returns the matched values of the findings of <paramref name="recognizer"/> alone, in text order.</summary>
    public static string[] FindValues(IPiiRecognizer recognizer, string text) =>
        CreateFor(recognizer).Analyze(text).Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    /// <summary>Returns the matched values of the findings of <paramref name="recognizer"/> alone in <paramref name="profile"/>, in text order.</summary>
    public static string[] FindValues(IPiiRecognizer recognizer, string text, PiiProfile profile) =>
        Create(new PiiOptions { Profile = profile }, [recognizer]).Analyze(text).Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    public static IReadOnlySet<string> Categories(this IEnumerable<PiiFinding> findings) =>
        findings.Select(f => f.Category).ToHashSet(StringComparer.Ordinal);
}
