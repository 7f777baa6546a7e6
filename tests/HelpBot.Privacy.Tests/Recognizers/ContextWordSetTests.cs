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

    [Theory]
    [InlineData("son of the client", true, false, "client client")]
    [InlineData("the client son", false, true, "client client")]
    [InlineData("son of the client son", true, true, "client client")]
    [InlineData("son years old", true, false, "years old")]
    [InlineData("son of the client", false, false, "client son client")]
    public void FindWords_CutEdges_SkipsPartialWords(string window, bool cutAtStart, bool cutAtEnd, string expected)
    {
        var found = new List<string>();

        CreateSet().FindWords(window, found, new WindowEdges(cutAtStart, cutAtEnd));

        Assert.Equal(expected, string.Join(' ', found));
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
