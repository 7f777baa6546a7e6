using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class LinkedDetailRecognizerTests
{
    [Theory]
    [InlineData("She is a green card holder.", "green card holder")]
    [InlineData("he is undocumented", "undocumented")]
    [InlineData("family has DACA", "DACA")]
    [InlineData("not a U.S. citizen", "not a U.S. citizen")]
    [InlineData("the citizen services page", null)]
    [InlineData("tps report", null)]
    public void ImmigrationStatus_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new ImmigrationStatusRecognizer(), text, expected);

    [Theory]
    [InlineData("household income is $2,400", "household income is $2,400")]
    [InlineData("she makes $15/hour", "makes $15/hour")]
    [InlineData("monthly income of about $1,850.50", "monthly income of about $1,850.50")]
    [InlineData("there is a $25 fee", null)]
    [InlineData("asked about household income", null)]
    public void HouseholdIncome_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new HouseholdIncomeRecognizer(), text, expected);

    [Theory]
    [InlineData("She was denied for Medicaid.", "was denied for Medicaid")]
    [InlineData("kids are eligible for CHP+ now", "are eligible for CHP+")]
    [InlineData("eligibility status is pending", "eligibility status is pending")]
    [InlineData("client qualified for tax credits", null)]
    [InlineData("lost Medicaid in Sept", null)]
    [InlineData("eligibility is decided by the county", null)]
    public void EligibilityStatus_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new EligibilityStatusRecognizer(), text, expected);

    [Theory]
    [InlineData("she speaks only Spanish", "speaks only Spanish")]
    [InlineData("preferred language is Vietnamese", "preferred language is Vietnamese")]
    [InlineData("a Somali-speaking family", "Somali-speaking")]
    [InlineData("needs an interpreter", "needs an interpreter")]
    [InlineData("PEAK is available in Spanish", null)]
    public void LanguagePreference_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new LanguagePreferenceRecognizer(), text, expected);

    [Theory]
    [InlineData("he is a smoker", "smoker")]
    [InlineData("she uses tobacco", "uses tobacco")]
    [InlineData("the page kept smoking", null)]
    public void TobaccoUse_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new TobaccoUseRecognizer(), text, expected);

    [Theory]
    [InlineData("her 1040 is uploaded", "1040")]
    [InlineData("husband's W-2 from work", "W-2")]
    [InlineData("client's tax return", "tax return")]
    [InlineData("Form 1040 instructions page", null)]
    [InlineData("upload a tax return", null)]
    [InlineData("her phone 303-555-1099", null)]
    public void TaxReturn_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new TaxReturnRecognizer(), text, expected);

    [Theory]
    [InlineData("she is 34 years old", "34")]
    [InlineData("age: 67", "67")]
    [InlineData("he  was 45 when he applied", "45")]
    [InlineData("a 7-year-old child", "7")]
    [InlineData("within the 90 days", null)]
    [InlineData("age 250", null)]
    public void Age_Text_FindsExpectedValue(string text, string? expected) =>
        IdentifierRecognizerTests.AssertFinds(new AgeRecognizer(), text, expected);
}
