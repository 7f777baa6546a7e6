using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class StreetAddressRecognizerTests
{
    [Theory]
    [InlineData("She moved to Koskikatu 25 last month.", "Koskikatu 25")]
    [InlineData("New address: Rua do Arenque 1634, please update it.", "Rua do Arenque 1634")]
    [InlineData("Office at Erzsébet tér 19 is closed.", "Erzsébet tér 19")]
    [InlineData("Mail goes to ul. Testowa 28 now.", "ul. Testowa 28")]
    public void Analyze_StreetBeforeNumber_FindsStreet(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new StreetAddressRecognizer(), text, expected);

    [Fact]
    public void Analyze_AddressBlock_FindsEveryPart()
    {
        const string text = "Dana Testperson\n20789 Allika 46  Suite 501\nRiisa\nEstonia 62488\nThanks";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["20789 Allika 46", "Suite 501", "Riisa\nEstonia 62488"], values);
    }

    [Theory]
    [InlineData("Error 500 on step 3 of the PEAK application.")]
    [InlineData("Case 1B00000 was opened on 01/02/2025.")]
    [InlineData("Windows 11 and Chrome 120 on the office PC.")]
    [InlineData("Page 2 of 5 would not load.")]
    public void Analyze_TextWithoutAddress_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new StreetAddressRecognizer(), text, null);

    [Theory]
    [InlineData("Koskikatu 25", true)]
    [InlineData("Erzsébet tér 19.", true)]
    [InlineData("Allika 12b, Tallinn", true)]
    [InlineData("unit 7;", true)]
    [InlineData("phone 303-555-0100", false)]
    [InlineData("case 1B00000 and 123456", false)]
    [InlineData("25,. x", false)]
    [InlineData("no digits", false)]
    public void HasHouseNumberToken_Text_AgreesWithTokens(string text, bool expected)
    {
        Assert.Equal(expected, StreetAddressRecognizer.HasHouseNumberToken(text));
        Assert.Equal(expected, AddressToken.Split(text).Exists(t => t.IsHouseNumber(text)));
    }

    [Fact]
    public void HasHouseNumberToken_EveryCorpusText_AgreesWithTokens()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "HelpBot.Privacy.Tests", "Corpus", "corpus.jsonl");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var text = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            Assert.True(
                AddressToken.Split(text).Exists(t => t.IsHouseNumber(text)) == StreetAddressRecognizer.HasHouseNumberToken(text),
                "a corpus text where the pre-scan and the tokens disagree");
        }
    }
}
