using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

public sealed class TipsTriedReaderTests
{
    private const string SignOut = "sign-out-refresh";
    private const string Cache = "clear-cache";
    private const string Browser = "other-browser";
    private static readonly string[] s_tipIds = [SignOut, Cache, Browser];

    [Theory]
    [InlineData("Client's renewal upload on PEAK keeps failing. Tried all three tips.")]
    [InlineData("PEAK upload fails, we tried all 3")]
    [InlineData("Tried all of them, same error")]
    [InlineData("We've tried all the tips and it still fails")]
    [InlineData("I have tried everything, the upload still fails")]
    [InlineData("Tried them all, no luck")]
    [InlineData("Did all of those and PEAK still says try again later")]
    [InlineData("We've done all three steps already")]
    [InlineData("Went through all the troubleshooting tips? Yes, tried all three.")]
    [InlineData("Tried all three \u2014 didn't help")]
    public void ReadMessage_AllTried_ReturnsEveryTip(string message)
    {
        Assert.Equal(s_tipIds, TipsTriedReader.ReadMessage(message, s_tipIds));
    }

    [Theory]
    [InlineData("We haven't tried all three yet")]
    [InlineData("Didn't try everything, only waited")]
    [InlineData("All of them fail on the income page")]
    [InlineData("Everything was fine until today")]
    [InlineData("She tried all day to upload the renewal")]
    [InlineData("Client tried all morning")]
    [InlineData("PEAK fails when we press Submit")]
    [InlineData("We tried all three browsers we have")]
    [InlineData("Tried all 3 times, same error")]
    [InlineData("Did all of them fail at once?")]
    [InlineData("Why do all of these errors show up?")]
    public void ReadMessage_NoAllTried_ReturnsNoTip(string message)
    {
        Assert.Empty(TipsTriedReader.ReadMessage(message, s_tipIds));
    }

    [Theory]
    [InlineData("Cleared cache and tried another browser, still fails", new[] { Cache, Browser })]
    [InlineData("We signed out and back in", new[] { SignOut })]
    [InlineData("Signed out and back in, cleared the cache", new[] { SignOut, Cache })]
    [InlineData("Tried a different browser", new[] { Browser })]
    [InlineData("Tried it in incognito", new[] { Browser })]
    [InlineData("Didn't help, cleared the cache twice", new[] { Cache })]
    [InlineData("Cleared the cache but didn't try another browser", new[] { Cache })]
    [InlineData("Didn't try another browser", new string[0])]
    [InlineData("We haven't cleared the cache yet", new string[0])]
    [InlineData("Never used incognito", new string[0])]
    public void ReadMessage_NamedTips_ReturnsAffirmedOnly(string message, string[] expected)
    {
        Assert.Equal(expected, TipsTriedReader.ReadMessage(message, s_tipIds));
    }

    [Theory]
    [InlineData("Tried everything except incognito", new[] { SignOut, Cache })]
    [InlineData("Tried all except clearing the cache", new[] { SignOut, Browser })]
    [InlineData("Tried all three. Didn't try another browser though", new[] { SignOut, Cache })]
    public void ReadMessage_AllButNegatedTip_LeavesItOut(string message, string[] expected)
    {
        Assert.Equal(expected, TipsTriedReader.ReadMessage(message, s_tipIds));
    }

    [Theory]
    [InlineData("tried all three")]
    [InlineData("still broken, tried all three")]
    [InlineData("still broken tried all three")]
    [InlineData("all three")]
    [InlineData("all 3")]
    [InlineData("All of them")]
    [InlineData("still broken, all of them")]
    [InlineData("all the tips")]
    [InlineData("everything")]
    [InlineData("Still broken. Everything.")]
    [InlineData("tried them all")]
    [InlineData("did all of those")]
    [InlineData("all")]
    [InlineData("tried 1, 2 and 3")]
    public void ReadAnswer_AllTried_ReturnsEveryTip(string answer)
    {
        Assert.Equal(s_tipIds, TipsTriedReader.ReadAnswer(answer, s_tipIds));
    }

    [Theory]
    [InlineData("still broken", new string[0])]
    [InlineData("not all of them", new string[0])]
    [InlineData("still broken, didn't try everything", new string[0])]
    [InlineData("none of them", new string[0])]
    [InlineData("all good", new string[0])]
    [InlineData("tried 1 and 2", new[] { SignOut, Cache })]
    [InlineData("tried 1 and 3", new[] { SignOut, Browser })]
    [InlineData("tried 1 and 2 but not 3", new[] { SignOut, Cache })]
    [InlineData("still broken, tried 2 times", new string[0])]
    [InlineData("still broken since 8/22 at 3 pm", new string[0])]
    [InlineData("tried 4 and 5", new string[0])]
    [InlineData("still broken, cleared the cache", new[] { Cache })]
    [InlineData("signed out and back in and used a different browser", new[] { SignOut, Browser })]
    [InlineData("still broken, didn't try another browser", new string[0])]
    [InlineData("didnt try another browser, cleared cache", new[] { Cache })]
    [InlineData("all except 3", new[] { SignOut, Cache })]
    [InlineData("everything except incognito", new[] { SignOut, Cache })]
    public void ReadAnswer_Partial_ReturnsNamedTips(string answer, string[] expected)
    {
        Assert.Equal(expected, TipsTriedReader.ReadAnswer(answer, s_tipIds));
    }

    [Fact]
    public void ReadAnswer_VeryLongText_ReadsStart()
    {
        var answer = "still broken, tried all three. " + new string('x', 100_000) + " didn't try another browser";

        Assert.Equal(s_tipIds, TipsTriedReader.ReadAnswer(answer, s_tipIds));
    }
}
