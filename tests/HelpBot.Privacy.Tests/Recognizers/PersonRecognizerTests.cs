using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

// Names are invented test names; the non-name rows come from the kind of text CBO staff type about
// PEAK and Connect for Health Colorado.
public sealed class PersonRecognizerTests
{
    [Theory]
    [InlineData("Client is Dana Testperson, phone 303-555-0100.", "Dana Testperson")]
    [InlineData("client is dana testperson and she needs help", "dana testperson")]
    [InlineData("My name is José Nguyen.", "José Nguyen")]
    [InlineData("her name is Siobhan O'Brien", "Siobhan O'Brien")]
    [InlineData("a customer named Mary-Kate Testperson called", "Mary-Kate Testperson")]
    [InlineData("Spoke with Ms. Testperson today", "Testperson")]
    [InlineData("her son Diego needs CHP+", "Diego")]
    [InlineData("Applicant, Dana Testperson, applied", "Dana Testperson")]
    [InlineData("name: QUYNH TRAN", "QUYNH TRAN")]
    [InlineData("Client: Dana Testperson's renewal is stuck", "Dana Testperson")]

    // A hyphenated word that runs into a digit keeps only its first part, because the whole word fails the
    // check that no letter or digit follows a name word.
    [InlineData("her son Diego Mary-Ann5 called today", "Diego Mary")]
    [InlineData("client is Dana Mary-Ann called", "Dana Mary-Ann")]
    public void Person_Text_FindsExpectedName(string text, string expected) =>
        IdentifierRecognizerTests.AssertFinds(new PersonRecognizer(), text, expected);

    [Fact]
    public void Person_ContextWordCutByWindow()
    {
        // The 48-character window before the pair starts at "son" of "johnson", which is no context word;
        // "client" starts the text but is outside the window.
        var text = "client note: ask johnson" + new string('.', 44) + " Zorblat Quixwend called";

        IdentifierRecognizerTests.AssertFinds(new PersonRecognizer(), text, null);
    }

    [Theory]
    [InlineData("Client has been trying for a week.")]
    [InlineData("Client is worried about a gap in coverage.")]
    [InlineData("client qualified for tax credits")]
    [InlineData("When we hit Create Account a banner said it was suspended, client waited.")]
    [InlineData("Tried Chrome and Edge on our office PC for the client.")]
    [InlineData("Client uses Connect for Health Colorado and PEAK.")]
    [InlineData("The client lives in Douglas County.")]
    [InlineData("client is Spanish-speaking")]
    [InlineData("Denver Health said the client should call.")]
    public void Person_TextWithoutName_FindsNothing(string text) =>
        IdentifierRecognizerTests.AssertFinds(new PersonRecognizer(), text, null);
}
