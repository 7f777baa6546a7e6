using HelpBot.Dialogs.Conversation.Clients;
using HelpBot.Dialogs.Conversation.HelpTopics;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class ConversationHelpersTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36", "Windows", "Chrome 126", null)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "Windows", "Microsoft Edge 126", null)]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", "macOS", "Safari 17", null)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", "iOS", "Safari 17", "iPhone")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36", "Android", "Chrome 125", "Android phone")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", "Linux", "Firefox 127", null)]
    [InlineData("", null, null, null)]
    [InlineData("curl/8.5.0", null, null, null)]
    public void UserAgentReader_Read_FindsSystemBrowserDevice(string userAgent, string? os, string? browser, string? device)
    {
        var environment = UserAgentReader.Read(userAgent);

        Assert.Equal(os, environment.OperatingSystem);
        Assert.Equal(browser, environment.Browser);
        Assert.Equal(device, environment.Device);
    }

    [Theory]
    [InlineData("3 business days", 3, TimeFrameUnits.BusinessDays)]
    [InlineData("3 days", 3, TimeFrameUnits.Days)]
    [InlineData("2 weeks", 2, TimeFrameUnits.Weeks)]
    [InlineData("5 working days", 5, TimeFrameUnits.BusinessDays)]
    [InlineData("48 hours", 48, TimeFrameUnits.Hours)]
    [InlineData("24 hrs", 24, TimeFrameUnits.Hours)]
    public void TimeFrameParser_Parse_ReadsAmountAndUnit(string text, int amount, string unit)
    {
        Assert.Equal(new TimeFrame(amount, unit), TimeFrameParser.Parse(text));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData(null)]
    public void TimeFrameParser_Parse_RejectsTextWithoutNumberAndUnit(string? text)
    {
        Assert.Null(TimeFrameParser.Parse(text));
    }

    [Theory]
    [InlineData("what is PII?", "pii-phi")]
    [InlineData("how do I encrypt an email", "encrypt-email")]
    [InlineData("how to take a screenshot", "screenshot")]
    [InlineData("which system am I in?", "which-system")]
    [InlineData("How to take a screenshot", "screenshot")]
    public void HelpTopicMatcher_Question_FindsTopic(string text, string topicId)
    {
        Assert.Equal(topicId, HelpTopicMatcher.Match(text, PeakReportFlowTests.CreateContent())?.Id);
    }

    [Theory]
    [InlineData("I attached a screenshot of the error but PEAK still fails when I submit the income page")]
    [InlineData("screenshot")]
    [InlineData("none")]
    [InlineData("")]
    public void HelpTopicMatcher_NotAQuestion_FindsNothing(string text)
    {
        Assert.Null(HelpTopicMatcher.Match(text, PeakReportFlowTests.CreateContent()));
    }

    [Theory]
    [InlineData("Xq7!pLm#42zz", true)]
    [InlineData("my password is hunter2", true)]
    [InlineData("cbo.navigator01", false)]
    [InlineData("dana.testperson@example.org", false)]
    [InlineData("Dana.Test2024", false)]
    [InlineData("my user name is Spring!2026", true)]
    [InlineData("my user name is dana.testperson, I'll check at 3:30pm", false)]
    public void PasswordHeuristics_LooksLikePassword_MatchesTable(string answer, bool expected)
    {
        Assert.Equal(expected, PasswordHeuristics.LooksLikePassword(answer, new NoFindingsAnalyzer()));
    }

    private sealed class NoFindingsAnalyzer : IPiiAnalyzer
    {
        public IReadOnlyList<PiiFinding> Analyze(string text) => [];
    }
}
