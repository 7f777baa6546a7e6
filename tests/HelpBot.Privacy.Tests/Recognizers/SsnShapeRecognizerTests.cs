using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class SsnShapeRecognizerTests
{
    [Theory]
    [InlineData("PEAK login page errors for client 900-00-0001", "900-00-0001")]
    [InlineData("her number 000-12-3456 again", "000-12-3456")]
    [InlineData("666-12-3456", "666-12-3456")]
    public void Analyze_InvalidDashedSsn_FindsNumber(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new SsnShapeRecognizer(), text, expected);

    [Theory]
    [InlineData("client 078-05-1120 called")]
    [InlineData("ticket 900-00-0001 is still open")]
    [InlineData("tracking number 900-00-0001")]
    [InlineData("code 900 00 0001")]
    [InlineData("ERR-900-00-0001")]
    [InlineData("900-00-00012")]
    public void Analyze_ValidOrNotAnSsn_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new SsnShapeRecognizer(), text, null);

    [Fact]
    public void Analyze_AllRecognizers_FlagsInvalidSsnWithoutCue()
    {
        const string text = "PEAK login page errors for client 900-00-0001";

        var findings = AnalyzerFactory.Create().Analyze(text);

        var finding = Assert.Single(findings);
        Assert.Equal(PiiCategories.USSocialSecurityNumber, finding.Category);
        Assert.Equal("900-00-0001", text.Substring(finding.Offset, finding.Length));
    }

    [Fact]
    public void Analyze_AllRecognizers_KeepsItinAsItin()
    {
        const string text = "her ITIN 912-70-1234";

        var findings = AnalyzerFactory.Create().Analyze(text);

        Assert.Equal(PiiCategories.USIndividualTaxpayerIdentification, Assert.Single(findings).Category);
    }
}
