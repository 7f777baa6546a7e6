using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Tests;

public sealed class PrivacyServiceCollectionExtensionsTests
{
    [Fact]
    public void AddHelpBotPrivacy_Configuration_BindsOptions()
    {
        using var provider = CreateProvider(new() { ["Pii:ScoreThreshold"] = "0.7", ["Pii:AllowList:0"] = "303-555-0199" });

        var options = provider.GetRequiredService<IOptions<PiiOptions>>().Value;

        Assert.Equal(0.7, options.ScoreThreshold);
        Assert.Contains("303-555-0199", options.AllowList);
        Assert.Contains("CBMS.help@state.co.us", options.AllowList);
    }

    [Fact]
    public void AddHelpBotPrivacy_Services_AnalyzeAndRedact()
    {
        using var provider = CreateProvider([]);
        var analyzer = provider.GetRequiredService<IPiiAnalyzer>();
        var redactor = provider.GetRequiredService<IPiiRedactor>();
        const string text = "Client is Dana Testperson, phone 303-555-0100.";

        var redacted = redactor.Redact(text, analyzer.Analyze(text), RedactionDecision.Remove);

        Assert.Equal("Client is [NAME], phone [PHONE].", redacted);
    }

    [Theory]
    [InlineData("Pii:ScoreThreshold", "1.5")]
    [InlineData("Pii:EnabledRecognizers:0", "NoSuchRecognizer")]
    [InlineData("Pii:DisabledRecognizers:0", "NoSuchRecognizer")]
    public void AddHelpBotPrivacy_InvalidOptions_FailsValidation(string key, string value)
    {
        using var provider = CreateProvider(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PiiOptions>>().Value);
    }

    private static ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();
    }
}
