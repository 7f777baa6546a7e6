using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

public sealed class StepsTriedAnswerTests
{
    [Fact]
    public void Store_NewText_ReplacesTickedTips()
    {
        var report = new IssueReport { TipsTried = ["sign-out-refresh", "clear-cache"], StepsTried = ["tried all three"] };

        StepsTriedAnswer.Store(report, "Only restarted the computer", TestContent.Content.Tips);

        Assert.Empty(report.TipsTried);
        Assert.Equal(["Only restarted the computer"], report.StepsTried);
    }

    [Fact]
    public void Store_PrefillKept_KeepsTitlesAsTipsOnly()
    {
        var report = new IssueReport();

        StepsTriedAnswer.Store(report, "Clear the browser's cache; Tried again (twice)", TestContent.Content.Tips);

        Assert.Equal(["clear-cache"], report.TipsTried);
        Assert.Equal(["Tried again (twice)"], report.StepsTried);
    }

    [Fact]
    public void Store_TitlesOnly_LeavesNoTypedSteps()
    {
        var report = new IssueReport { StepsTried = ["cleared the cache"] };

        StepsTriedAnswer.Store(report, "Sign out and back in, or refresh the page\nTry another browser", TestContent.Content.Tips);

        Assert.Equal(["sign-out-refresh", "other-browser"], report.TipsTried);
        Assert.Empty(report.StepsTried);
        Assert.True(report.HasStepsTried);
    }

    [Fact]
    public void Store_TextNamingTip_TicksIt()
    {
        var report = new IssueReport { TipsTried = ["other-browser"] };

        StepsTriedAnswer.Store(report, "cleared the cache twice", TestContent.Content.Tips);

        Assert.Equal(["clear-cache"], report.TipsTried);
        Assert.Equal(["cleared the cache twice"], report.StepsTried);
    }

    [Fact]
    public void Store_None_ClearsTips()
    {
        var report = new IssueReport { TipsTried = ["clear-cache"] };

        StepsTriedAnswer.Store(report, "none", TestContent.Content.Tips);

        Assert.Empty(report.TipsTried);
        Assert.Equal(["none"], report.StepsTried);
    }
}
