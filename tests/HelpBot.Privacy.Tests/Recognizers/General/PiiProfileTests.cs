using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Recognizers.General;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Tests.Recognizers.General;

public sealed class PiiProfileTests
{
    [Theory]
    [InlineData("I moved here from Norway and need help.")]
    [InlineData("The portal failed on 6/20/2020 at 2:30 pm.")]
    [InlineData("My employer Sample Software Inc. sent the letter.")]
    [InlineData("The caller is Norwegian.")]
    [InlineData("See https://www.example.org/help for the form.")]
    public void DeskAid_GeneralData_IsNotFlagged(string text)
    {
        var findings = AnalyzerFactory.Create().Analyze(text);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("I moved here from Norway and need help.", PiiCategories.Location)]
    [InlineData("The portal failed on 6/20/2020 at 2:30 pm.", PiiCategories.DateTime)]
    [InlineData("My employer Sample Software Inc. sent the letter.", PiiCategories.Organization)]
    [InlineData("The caller is Norwegian.", PiiCategories.Nationality)]
    [InlineData("See https://www.example.org/help for the form.", PiiCategories.Url)]
    public void General_GeneralData_IsFlagged(string text, string category)
    {
        var findings = AnalyzerFactory.Create(new PiiOptions { Profile = PiiProfile.General }).Analyze(text);

        Assert.Contains(category, findings.Categories());
    }

    [Fact]
    public void Registry_DeskAid_LeavesOutGeneralRecognizers()
    {
        var registry = new RecognizerRegistry(RecognizerRegistry.CreateBuiltIn(), Options.Create(new PiiOptions()));

        Assert.DoesNotContain(registry.Recognizers, r => r is IGeneralProfileRecognizer);
    }

    [Fact]
    public void Registry_General_AddsGeneralRecognizers()
    {
        var registry = new RecognizerRegistry(RecognizerRegistry.CreateBuiltIn(), Options.Create(new PiiOptions { Profile = PiiProfile.General }));

        Assert.Contains(registry.Recognizers, r => r is LocationRecognizer);
        Assert.Contains(registry.Recognizers, r => r is IbanRecognizer);
    }

    [Fact]
    public void Options_ProfileSetting_Binds()
    {
        using var provider = CreateProvider("General");

        Assert.Equal(PiiProfile.General, provider.GetRequiredService<IOptions<PiiOptions>>().Value.Profile);
    }

    [Fact]
    public void Options_UnknownProfile_FailsAtStartUp()
    {
        using var provider = CreateProvider("Everything");

        Assert.ThrowsAny<InvalidOperationException>(() => provider.GetRequiredService<IOptions<PiiOptions>>().Value);
    }

    private static ServiceProvider CreateProvider(string profile)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pii:Profile"] = profile }).Build();
        return new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();
    }
}
