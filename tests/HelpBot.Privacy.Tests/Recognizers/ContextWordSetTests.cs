using HelpBot.Privacy.Recognizers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class ContextWordSetTests
{
    private static readonly string[] Words = ["client", "son", "years old", "e-mail", "dob", "client", "walk-in"];

    [Theory]
    [InlineData("her client, Dana", "client client")]
    [InlineData("the person over there", "")]
    [InlineData("Son: Diego", "son")]
    [InlineData("DOB and e-mail", "e-mail dob")]
    [InlineData("is 34 years old", "years old")]
    [InlineData("years older", "")]
    [InlineData("clients", "")]
    [InlineData("a walk-in today", "walk-in")]
    [InlineData("", "")]
    public void FindWords_Window_FindsWholeWordsInListOrder(string window, string expected)
    {
        var found = new List<string>();

        CreateSet().FindWords(window, found);

        Assert.Equal(expected, string.Join(' ', found));
    }

    [Theory]
    [InlineData("client son called about the e-mail; dob 01/01/1900, 40 years old")]
    [InlineData("Walk-In CLIENT with her SON")]
    [InlineData("sonny clientele e-mails")]
    public void FindWords_Window_MatchesContextMatcher(string window)
    {
        var expected = new List<string>();
        var found = new List<string>();

        ContextMatcher.FindWords(window, Words, expected);
        CreateSet().FindWords(window, found);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void FindWords_NoWords_FindsNothing()
    {
        var found = new List<string>();

        new ContextWordSet([]).FindWords("client", found);

        Assert.Empty(found);
    }

    private static ContextWordSet CreateSet() => new(Words);
}
