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

    public static IReadOnlySet<string> Categories(this IEnumerable<PiiFinding> findings) =>
        findings.Select(f => f.Category).ToHashSet(StringComparer.Ordinal);
}
