using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Recognizers.General;

namespace HelpBot.Privacy.Tests.Recognizers.General;

public sealed class GeneralProfileRecognizerTests
{
    [Theory]
    [InlineData("I moved here from Norway last year.", "Norway")]
    [InlineData("She flies to New Zealand on Friday.", "New Zealand")]
    [InlineData("The office in Toronto is closed.", "Toronto")]
    public void Location_ListedPlace_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new LocationRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("Please turn to the next page.")]
    [InlineData("Write to help@norway.example.org for help.")]
    [InlineData("the caller lives in toronto")]
    public void Location_OrdinaryWordOrLowerCase_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new LocationRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("The caller is Norwegian.", "Norwegian")]
    [InlineData("Two Canadians called today.", "Canadians")]
    [InlineData("she is german", "german")]
    public void Nationality_ListedAdjective_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new NationalityRecognizer(), text, PiiProfile.General));
    }

    [Fact]
    public void Nationality_VerbPolish_IsNotFound()
    {
        Assert.Empty(AnalyzerFactory.FindValues(new NationalityRecognizer(), "Please polish the letter.", PiiProfile.General));
    }

    [Theory]
    [InlineData("She works at Example Holdings now.", "Example Holdings")]
    [InlineData("The payment went to Sample Software Inc. on time.", "Sample Software Inc.")]
    [InlineData("Contact Zyxo Bank for that.", "Zyxo Bank")]
    public void Organization_NameWithEnding_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new OrganizationRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("The Group meets weekly.")]
    [InlineData("our software is slow")]
    public void Organization_EndingAlone_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new OrganizationRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("It failed on 6/20/2020 again.", "6/20/2020")]
    [InlineData("Logged at 2024-01-31 09:15:00 by the server.", "2024-01-31 09:15:00")]
    [InlineData("The shop opened in 1999.", "1999")]
    [InlineData("It broke on Saturday.", "Saturday")]
    [InlineData("It started June 20, 2020 for us.", "June 20, 2020")]
    [InlineData("Call back at 2:30 pm please.", "2:30 pm")]
    [InlineData("It failed at 7:15am. Then again.", "7:15am")]
    [InlineData("It failed at 9am. Then again.", "9am")]
    [InlineData("It failed at 7:15 a.m. today.", "7:15 a.m.")]
    public void DateTime_DateOrTime_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new DateTimeRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("It costs 1999 dollars.")]
    [InlineData("Version 6.20.2020.1 is out.")]
    public void DateTime_NumberThatIsNoDate_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new DateTimeRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("Pay to GB82 WEST 1234 5698 7654 32 today.", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("iban gb82west12345698765432", "gb82west12345698765432")]
    public void Iban_ValidCheckDigits_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new IbanRecognizer(), text, PiiProfile.General));
    }

    [Fact]
    public void Iban_WrongCheckDigits_IsNotFound()
    {
        Assert.Empty(AnalyzerFactory.FindValues(new IbanRecognizer(), "Pay to GB83WEST12345698765432 today.", PiiProfile.General));
    }

    [Theory]
    [InlineData("The login came from 192.0.2.15 today.", "192.0.2.15")]
    [InlineData("Host 2001:db8::1 answered.", "2001:db8::1")]
    public void IpAddress_ValidAddress_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new IpAddressRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("The value 999.1.1.1 is out of range.")]
    [InlineData("Update to version 1.2.3.4.5 first.")]
    public void IpAddress_InvalidAddress_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new IpAddressRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("See https://www.example.org/help/page for details.", "https://www.example.org/help/page")]
    [InlineData("My site is www.example.net.", "www.example.net")]
    public void Url_WebAddress_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new UrlRecognizer(), text, PiiProfile.General));
    }

    [Theory]
    [InlineData("ZIP: 12345", "12345")]
    [InlineData("my zip code is 00000-000", "00000-000")]
    [InlineData("postal code 1234 AB", "1234 AB")]
    public void PostalCode_AfterCue_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new PostalCodeRecognizer(), text, PiiProfile.General));
    }

    [Fact]
    public void StreetAddress_GeneralProfile_SplitsPlaceLines()
    {
        const string text = "Exampleveien 46\n Suite 100\n Sampleby\n Norway 00000";
        var analyzer = AnalyzerFactory.Create(new PiiOptions { Profile = PiiProfile.General }, [new StreetAddressRecognizer()]);

        var findings = analyzer.Analyze(text);

        Assert.Contains(findings, f => f.Category == PiiCategories.Location && text.Substring(f.Offset, f.Length) == "Sampleby\n Norway");
        Assert.Contains(findings, f => f.Category == PiiCategories.Address && text.Substring(f.Offset, f.Length) == "00000");
    }

    [Fact]
    public void StreetAddress_DeskAid_BlockIsAddress()
    {
        const string text = "Exampleveien 46\n Suite 100\n Sampleby\n Norway 00000";

        var findings = AnalyzerFactory.CreateFor(new StreetAddressRecognizer()).Analyze(text);

        Assert.All(findings, f => Assert.Equal(PiiCategories.Address, f.Category));
        Assert.Contains(findings, f => text.Substring(f.Offset, f.Length) == "Sampleby\n Norway 00000");
    }
}
