using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>Answers to the tips question that carry a status and the tips tried in one message.</summary>
public sealed class TipsAnswerReaderTests
{
    private const string SignOut = "sign-out-refresh";
    private const string Cache = "clear-cache";
    private const string Browser = "other-browser";
    private static readonly string[] s_tipIds = [SignOut, Cache, Browser];

    [Theory]
    [InlineData("still broken, tried all three", false, new[] { SignOut, Cache, Browser })]
    [InlineData("we haven't tried any of them", false, new string[0])]
    [InlineData("didn't try any of them yet", false, new string[0])]
    [InlineData("Still broken. All 3.", false, new[] { SignOut, Cache, Browser })]
    [InlineData("still broken, cleared cache", false, new[] { Cache })]
    [InlineData("still not working after clearing the cache", false, new[] { Cache })]
    [InlineData("fixed it after clearing the cache", true, new[] { Cache })]
    [InlineData("we fixed it after clearing the cache", true, new[] { Cache })]
    [InlineData("cleared the cache and that fixed it", true, new[] { Cache })]
    [InlineData("clearing the cache fixed it", true, new[] { Cache })]
    [InlineData("it worked in another browser", true, new[] { Browser })]
    [InlineData("clearing the cache didn't fix it", false, new[] { Cache })]
    [InlineData("cleared the cache, it hasn't fixed anything", false, new[] { Cache })]
    [InlineData("tried all three, nothing worked", false, new[] { SignOut, Cache, Browser })]
    [InlineData("tried 1 and 3", false, new[] { SignOut, Browser })]
    [InlineData("fixed", true, new string[0])]
    [InlineData("yes", true, new string[0])]
    [InlineData("all good", true, new string[0])]
    [InlineData("still broken", false, new string[0])]
    [InlineData("no", false, new string[0])]
    [InlineData("none of them", false, new string[0])]
    [InlineData("banana", null, new string[0])]
    [InlineData("not solved", false, new string[0])]
    [InlineData("that hasn't fixed it", false, new string[0])]
    [InlineData("it isnt resolved", false, new string[0])]
    [InlineData("cleared the cache, still isn't fixed", false, new[] { Cache })]
    [InlineData("1", false, new[] { SignOut })]
    [InlineData("1,2", false, new[] { SignOut, Cache })]
    [InlineData("tip 3", false, new[] { Browser })]
    [InlineData("the first one", false, new[] { SignOut })]
    [InlineData("first and third", false, new[] { SignOut, Browser })]
    [InlineData("1st, 3rd", false, new[] { SignOut, Browser })]
    [InlineData("tips two and three", false, new[] { Cache, Browser })]
    [InlineData("the second tip", false, new[] { Cache })]
    [InlineData("first I cleared the cache", false, new[] { Cache })]
    [InlineData("yes, the second one", false, new[] { Cache })]
    [InlineData("yes, tried 1 and 3", false, new[] { SignOut, Browser })]
    [InlineData("yes, fixed after the first one", true, new[] { SignOut })]
    [InlineData("all", false, new[] { SignOut, Cache, Browser })]
    [InlineData("none", false, new string[0])]
    public void Read_CombinedAnswer_KeepsStatusAndTips(string answer, bool? expectedFixed, string[] expectedTips)
    {
        var result = TipsAnswerReader.Read(answer, s_tipIds);

        Assert.Equal(expectedFixed, result.Fixed);
        Assert.Equal(expectedTips, result.TipsTried);
    }
}
