using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Tests.Analysis;

public sealed class PiiAnalyzerLoggingTests
{
    [Fact]
    public void Analyze_TextWithPii_LogsNoMatchedValue()
    {
        var logger = new FakeLogger<PiiAnalyzer>();
        logger.ControlLevel(LogLevel.Trace, true);
        var options = Options.Create(new PiiOptions());
        var analyzer = new PiiAnalyzer(new RecognizerRegistry(RecognizerRegistry.CreateBuiltIn(), options), options, logger);

        analyzer.Analyze("Client is Dana Testperson, SSN 078-05-1120, password: Fakepass123");

        var records = logger.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 4001);
        Assert.DoesNotContain(records, r => r.Message.Contains("Testperson", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Message.Contains("1120", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Message.Contains("Fakepass123", StringComparison.Ordinal));
    }
}
