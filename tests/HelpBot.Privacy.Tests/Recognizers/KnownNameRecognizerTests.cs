using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

// Names are invented test names or common given names; the non-name rows are the kind of text CBO staff
// type about PEAK and Connect for Health Colorado.
public sealed class KnownNameRecognizerTests
{
    [Theory]
    [InlineData("Priya Nguyen has an interpreter.", "Priya Nguyen")]
    [InlineData("Catherine is a very patient person.", "Catherine")]
    [InlineData("Hi Vinicio, the page is down.", "Vinicio")]
    [InlineData("The card is for Faina D. Yefremova now.", "Faina D. Yefremova")]
    [InlineData("Please call Ravil G Yefimov back.", "Ravil G Yefimov")]
    [InlineData("follow up with patricia garcia next week", "patricia garcia")]
    [InlineData("Grace Testperson called twice.", "Grace Testperson")]
    [InlineData("screen Dana Testperson.png", "Dana Testperson")]
    [InlineData("letter for Dana Testperson.PDF attached", "Dana Testperson")]
    [InlineData("Grace Van der Berg came in.", "Grace Van der Berg")]
    [InlineData("Ana de la Cruz came in.", "Ana de la Cruz")]
    [InlineData("also Testperson van Dijk today", "Testperson van Dijk")]
    [InlineData("Ana de la Cruz and Dana da Silva came in.", "Ana de la Cruz and Dana da Silva")]
    [InlineData("Kowalski, Nguyen and Hartmann Orchestra played.", "Kowalski, Nguyen and Hartmann")]
    public void Analyze_NameWithoutCue_FindsName(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new KnownNameRecognizer(), text, expected);

    [Theory]
    [InlineData("Grace period ends on the 31st for the premium.")]
    [InlineData("Bill pay page on Connect for Health shows an error.")]
    [InlineData("The client lives in Douglas County.")]
    [InlineData("Health First Colorado renewal is due.")]
    [InlineData("Sent it to peak.help@example.org today.")]
    [InlineData("Error 500 on the PEAK login page.")]
    [InlineData("The laptop's time zone is (America/Denver).")]
    [InlineData("Saved under Documents/Renewals on the desktop.")]
    [InlineData("See Testperson.com for the form.")]
    [InlineData("We went to the store van the day.")]
    public void Analyze_TextWithoutName_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new KnownNameRecognizer(), text, null);
}
