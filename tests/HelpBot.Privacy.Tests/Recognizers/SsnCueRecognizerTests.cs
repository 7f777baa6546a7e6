using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class SsnCueRecognizerTests
{
    [Theory]
    [InlineData("Her SSN is 900-00-0001 and her PEAK password is Tulip-Fake-4417.", "900-00-0001")]
    [InlineData("SSN: 900000001", "900000001")]
    [InlineData("ss# 987.65.4320", "987.65.4320")]
    [InlineData("Social Security number: 000-12-3456", "000-12-3456")]
    [InlineData("client's SSN was 666 12 3456", "666 12 3456")]
    public void Analyze_NumberAfterSsnCue_FindsNumber(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new SsnCueRecognizer(), text, expected);

    [Theory]
    [InlineData("ticket 900-00-0001 is still open")]
    [InlineData("The SSN field shows error 500 000 0001")]
    [InlineData("SSN 900-00-00012 is too long")]
    [InlineData("SSN 900-00.0001 mixes separators")]
    [InlineData("asked for the SSN, case 1B00000")]
    public void Analyze_NoSsnShapeAfterCue_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new SsnCueRecognizer(), text, null);
}
