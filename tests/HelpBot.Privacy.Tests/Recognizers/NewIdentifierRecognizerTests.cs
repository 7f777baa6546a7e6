using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

// Every value below is fake: 1EG4-TE5-MK73 is the sample MBI that CMS prints in its format guide, and
// the license numbers are random digits.
public sealed class NewIdentifierRecognizerTests
{
    [Theory]
    [InlineData("Her Medicare number is 1EG4-TE5-MK73.", "1EG4-TE5-MK73")]
    [InlineData("MBI 1EG4TE5MK73 rejected", "1EG4TE5MK73")]
    [InlineData("mbi 1eg4te5mk73", "1eg4te5mk73")]
    [InlineData("MBI 1EG4-TE5MK73", null)]
    [InlineData("MBI 0EG4-TE5-MK73", null)]
    [InlineData("MBI 1SG4-TE5-MK73", null)]
    [InlineData("MBI 1EG4-TE5-MK7A", null)]
    [InlineData("MBI 1EGA-TE5-MK73", null)]
    [InlineData("MBI 1EG4-TE5-ML73", null)]
    public void MedicareBeneficiaryId_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new MedicareBeneficiaryIdRecognizer(), text, expected);

    [Theory]
    [InlineData("Her driver's license number is 12-345-6789.", "12-345-6789")]
    [InlineData("DL# 123456789 for ID proofing", "123456789")]
    [InlineData("12-345-6789 with no cue", null)]
    [InlineData("tracking 123456789", null)]
    [InlineData("license 12-345-678", null)]
    public void DriversLicense_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new UsDriversLicenseNumberRecognizer(), text, expected);

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("378282246310005", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("2223000048400011", true)]
    [InlineData("2723622012479", false)]
    [InlineData("37828224631000", false)]
    [InlineData("55555555555544", false)]
    public void HasIssuerLength_CardNumber_MatchesIssuerRules(string digits, bool expected)
    {
        Assert.Equal(expected, CreditCardRecognizer.HasIssuerLength(digits));
    }
}
