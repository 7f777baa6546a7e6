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
    [InlineData("New address: 66139 Test Ave Apt 12B. The county still shows the old one.", "Apt 12B")]
    [InlineData("She lives at Koskikatu 25. Please update it.", "Koskikatu 25")]
    public void Analyze_SentenceEndsAfterNumber_LeavesPeriodOut(string text, string expected) =>
        Assert.Contains(expected, AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text));

    [Fact]
    public void Analyze_EnglishSuffixBlock_FindsEveryPart()
    {
        const string text = "149 Example Rapids\n Apt. 485\n Sampletown\n Norway 00000";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["149 Example Rapids", "Apt. 485", "Sampletown\n Norway 00000"], values);
    }

    [Fact]
    public void Analyze_MilitaryBox_FindsBoxAndBlock()
    {
        const string text = "Ship to PSC 1234, Box 5678\nAPO AA 00000";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["PSC 1234, Box 5678", "APO AA 00000"], values);
    }

    [Fact]
    public void Analyze_QuotedBlock_ReadsLinesAfterMarkers()
    {
        const string text = "> Dana Testperson\n> 1200 24 Ridgeford Avenue\n>Apt. 8\n> Sampletown\n> Norway 00000";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["1200", "24 Ridgeford Avenue", "Apt. 8", "Sampletown\n> Norway 00000"], values);
    }

    [Fact]
    public void Analyze_CornerOfTwoStreets_FindsBoth()
    {
        const string text = "Meet at Exampleveien 99 and Ridgeford Coves tomorrow.";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["Exampleveien 99", "Ridgeford Coves"], values);
    }

    [Theory]
    [InlineData("Mail to 62 Rue Exemple Apt. 981 please.", "62 Rue Exemple")]
    [InlineData("Mail to 1737 Ridgeford Dr please.", "1737 Ridgeford Dr")]
    public void Analyze_NumberFirstStreet_FindsStreet(string text, string expected)
    {
        Assert.Contains(expected, AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text));
    }

    [Fact]
    public void Analyze_SecondStreet_JoinsAddress()
    {
        const string text = "Lives at Exampleveien 11 Ridgeford Crossroad now.";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["Exampleveien 11", "Ridgeford Crossroad"], values);
    }

    [Fact]
    public void Analyze_TwoUnits_FindsBoth()
    {
        const string text = "Send it to 3911 Ridgeford Close Suite 697 Apt. 397 today.";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["3911 Ridgeford Close", "Suite 697", "Apt. 397"], values);
    }

    [Fact]
    public void Analyze_PlacesAfterComma_FindsTownAndCountry()
    {
        const string text = "She lives at Exampleveien 31, Sampleby, Norway and works nearby.";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Equal(["Exampleveien 31", "Sampleby, Norway"], values);
    }

    [Fact]
    public void Analyze_RegionCodeLine_StaysInBlock()
    {
        const string text = "62 Rue Exemple Apt. 981\nSampleville\n, ON\n 00000";

        var values = AnalyzerFactory.FindValues(new StreetAddressRecognizer(), text);

        Assert.Contains("Sampleville\n, ON\n 00000", values);
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
        Assert.Equal(expected, AddressToken.Split(text).Exists(t => t.IsHouseNumber));
    }

    [Fact]
    public void HasHouseNumberToken_CorpusTexts_MatchTokens()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "HelpBot.Privacy.Tests", "Corpus", "corpus.jsonl");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var text = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            Assert.True(
                AddressToken.Split(text).Exists(t => t.IsHouseNumber) == StreetAddressRecognizer.HasHouseNumberToken(text),
                "a corpus text where the pre-scan and the tokens disagree");
        }
    }
}
