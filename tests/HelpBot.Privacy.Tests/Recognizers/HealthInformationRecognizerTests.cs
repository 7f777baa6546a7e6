using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class HealthInformationRecognizerTests
{
    [Theory]
    [InlineData("He's missing cardiology visits.", "cardiology visits")]
    [InlineData("Child's seizure meds are due next week.", "seizure meds")]
    [InlineData("She has diabetes", "diabetes")]
    [InlineData("client is pregnant", "pregnant")]
    [InlineData("starting chemo on Monday", "chemo")]
    [InlineData("needs dialysis three times a week", "dialysis")]
    [InlineData("mental health appointments", "mental health appointments")]
    [InlineData("she is disabled", "disabled")]
    public void HealthInformation_Text_FindsExpectedValue(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new HealthInformationRecognizer(), text, expected);

    [Theory]
    [InlineData("Connect for Health Colorado won't load")]
    [InlineData("She's replacing COBRA coverage so she's worried about a gap.")]
    [InlineData("Denver Health contracted Medical Assistance site")]
    [InlineData("pick a health plan before the deadline")]
    [InlineData("Client lost Medicaid in Sept")]
    [InlineData("the desk aids list the steps")]
    public void HealthInformation_TextWithoutPhi_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new HealthInformationRecognizer(), text, null);
}
