using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class PhoneCueRecognizerTests
{
    [Theory]
    [InlineData("Phone: 0490 75 40 81", "0490 75 40 81")]
    [InlineData("Can someone call me on 01.84.17.61.18? Thanks.", "01.84.17.61.18")]
    [InlineData("Desk: +41 (0)96 471 07 95 in the mornings", "+41 (0)96 471 07 95")]
    [InlineData("Fax: 345-899-3560x4587", "345-899-3560x4587")]
    [InlineData("mobile 303-555-0100", "303-555-0100")]
    [InlineData("leave messages  to 303-555-0149", "303-555-0149")]
    [InlineData("Phone:\n(08) 5550 0100\n", "(08) 5550 0100")]
    [InlineData("Dana Testperson\n416 55 010 office\n", "416 55 010")]
    [InlineData("555 0100-Fax", "555 0100")]
    [InlineData("+41 (0)55 501 00 90 mobile", "+41 (0)55 501 00 90")]
    public void Analyze_NumberAfterCue_FindsNumber(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new PhoneCueRecognizer(), text, expected);

    [Theory]
    [InlineData("Office hours are 9 to 5.")]
    [InlineData("We have 3 office chairs and 12 fax machines.")]
    [InlineData("Phone was busy, error 500 on PEAK.")]
    [InlineData("Call at 10:30 tomorrow.")]
    [InlineData("The phone number field is empty.")]
    public void Analyze_NoNumberAfterCue_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new PhoneCueRecognizer(), text, null);
}
