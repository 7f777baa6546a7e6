using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class InternationalFormatTests
{
    [Theory]
    [InlineData("card 501800000009", "501800000009")]
    [InlineData("card 675900000000", "675900000000")]
    [InlineData("card 180000000000002", "180000000000002")]
    [InlineData("card 213100000000001", "213100000000001")]
    public void CreditCard_MaestroOrOldJcb_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new CreditCardRecognizer(), text));
    }

    [Theory]
    [InlineData("card 501800000008")]
    [InlineData("card 411100000005")]
    [InlineData("card 180000000000")]
    public void CreditCard_TwelveDigitsWithoutIssuerOrLuhn_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new CreditCardRecognizer(), text));
    }

    [Theory]
    [InlineData("Our founders are Kowalski, Nguyen and Hartmann.", "Kowalski, Nguyen and Hartmann")]
    [InlineData("Thanks to Novak and Petrov for the fix.", "Novak and Petrov")]
    public void KnownName_ListOfSurnames_IsOneFinding(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new KnownNameRecognizer(), text));
    }

    [Fact]
    public void KnownName_ListBeforeContraction_StopsAtName()
    {
        Assert.Equal(["Novak"], AnalyzerFactory.FindValues(new KnownNameRecognizer(), "Hi Novak, I'm writing about my bill."));
    }

    [Theory]
    [InlineData("follow up with dana q. novak next month", "dana q. novak")]
    [InlineData("follow up with dana q testperson next month", "dana q testperson")]
    public void KnownName_LowerCaseWithInitial_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new KnownNameRecognizer(), text));
    }

    [Fact]
    public void KnownName_LowerCaseGivenNameAndArticle_IsNotFound()
    {
        Assert.Empty(AnalyzerFactory.FindValues(new KnownNameRecognizer(), "give dana a call soon"));
    }

    // After a person word or a verb of contact a lower-case given name is a name, with the next word when
    // that is no common word, but never with an article.
    [Theory]
    [InlineData("ask dana a question", "dana")]
    [InlineData("Client dana testperson cannot upload her pay stubs.", "dana testperson")]
    [InlineData("I spoke with dana testperson about the renewal.", "dana testperson")]
    [InlineData("we helped dana testperson with the upload", "dana testperson")]
    [InlineData("called amanda back about the login error", "amanda")]
    [InlineData("The client, dana reported the upload error.", "dana")]
    public void KnownName_LowerCaseGivenNameAfterCue_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new KnownNameRecognizer(), text));
    }

    [Theory]
    [InlineData("the upload for dana testperson failed")]
    [InlineData("client will call back")]
    public void KnownName_LowerCaseWithoutCue_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new KnownNameRecognizer(), text));
    }

    // After a name cue a lower-case word that is also a name continues the name; a function word ends it.
    [Theory]
    [InlineData("my client's name is mohamed young and she can't log into PEAK", "mohamed young")]
    [InlineData("her name is dana green, she called twice", "dana green")]
    [InlineData("her name is dana and she needs help", "dana")]
    [InlineData("his name is dana will call back", "dana")]
    public void Person_LowerCaseNameAfterNameCue_TakesNameWords(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new PersonRecognizer(), text));
    }

    [Theory]
    [InlineData("Her maiden name is Testperson", "Testperson")]
    [InlineData("What's your last name? Testperson", "Testperson")]
    [InlineData("sometimes people call me Danaq", "Danaq")]
    public void Person_NameCue_FindsName(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new PersonRecognizer(), text));
    }

    [Fact]
    public void Person_UnitAfterName_Excluded()
    {
        Assert.Equal(["Dana Testperson"], AnalyzerFactory.FindValues(new PersonRecognizer(), "Mrs. Dana Testperson Apt. 5 Example Road"));
    }

    [Fact]
    public void KnownName_Possessive_EndsTheName()
    {
        Assert.Equal(["Dana Q. Novak"], AnalyzerFactory.FindValues(new KnownNameRecognizer(), "We read Dana Q. Novak's Garden Notes."));
    }

    [Theory]
    [InlineData("Next week I will turn 30.", "30")]
    [InlineData("Her aunt moved at the age of 66", "66")]
    [InlineData("It happened when he was 41.", "41")]
    [InlineData("She turned 52 last week", "52")]
    public void Age_TurnOrWasAndNumber_IsFound(string text, string expected)
    {
        Assert.Equal([expected], AnalyzerFactory.FindValues(new AgeRecognizer(), text));
    }

    [Theory]
    [InlineData("Turn 90 degrees to the left.")]
    [InlineData("I was 5 minutes late.")]
    public void Age_TurnWithUnit_IsNotFound(string text)
    {
        Assert.Empty(AnalyzerFactory.FindValues(new AgeRecognizer(), text));
    }
}
