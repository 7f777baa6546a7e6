using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Drafts;

public sealed class CallChecklistComposerTests
{
    [Fact]
    public void Compose_Report_GivesServiceCenterNumbers()
    {
        var checklist = Compose(DraftTestReports.CreateConnectForHealthReport());

        Assert.Equal("1-855-752-6749", checklist.Phone);
        Assert.Equal("tel:+18557526749", checklist.TelUri);
        Assert.Equal("1-855-346-3432", checklist.Tty);
        Assert.NotNull(checklist.Hours);
    }

    [Fact]
    public void Compose_Report_SaysCustomerMustBePresent()
    {
        Assert.Contains("customer must be with you", Compose(DraftTestReports.CreateConnectForHealthReport()).CustomerMustBePresent, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Report_ListsDetailsToHaveReadyWithChatWarning()
    {
        var checklist = Compose(DraftTestReports.CreateConnectForHealthReport());

        Assert.Equal(5, checklist.HaveReady.Count);
        Assert.Contains(checklist.HaveReady, item => item.Contains("last four digits", StringComparison.Ordinal));
        Assert.Contains("Never type them into this chat", checklist.NeverTypeIntoChat, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Report_FillsDescribeItemsWithAnswers()
    {
        var describe = Compose(DraftTestReports.CreateConnectForHealthReport()).Describe;

        Assert.Equal("Windows", describe.Single(item => item.Id == "os").Answer);
        Assert.Equal("Chrome, Edge", describe.Single(item => item.Id == "browser").Answer);
        Assert.Equal("account creation is temporarily suspended", describe.Single(item => item.Id == "error-received").Answer);
        Assert.Null(describe.Single(item => item.Id == "impact").Answer);
    }

    [Fact]
    public void Compose_ErrorTypedInDescription_ShowsErrorText()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.ErrorMessage = null;
        report.Description = "I pressed Submit on the application and the page showed \"Unable to verify income\".";

        Assert.Equal("Unable to verify income", Compose(report).Describe.Single(item => item.Id == "error-received").Answer);
    }

    [Fact]
    public void Compose_NoErrorText_LeavesErrorItemOpen()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.ErrorMessage = null;
        report.Description = "The page stays blank after my client presses Submit on the application.";

        Assert.Null(Compose(report).Describe.Single(item => item.Id == "error-received").Answer);
    }

    [Fact]
    public void Compose_DesktopReport_LeavesOutDeviceItem()
    {
        Assert.DoesNotContain(Compose(DraftTestReports.CreateConnectForHealthReport()).Describe, item => item.Id == "device");
    }

    [Fact]
    public void Compose_MobileReport_AsksForDevice()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.MobileIndicated = true;

        Assert.Contains(Compose(report).Describe, item => item.Id == "device" && item.Answer is null);
    }

    [Fact]
    public void Compose_DesktopReport_NamesComputerOs()
    {
        var os = Compose(DraftTestReports.CreateConnectForHealthReport()).Describe.Single(item => item.Id == "os");

        Assert.Equal("Which computer operating system you use (for example Windows or Mac)", os.Text);
    }

    [Fact]
    public void Compose_MobileReport_NamesPhoneOs()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.MobileIndicated = true;
        report.Os = "iOS";

        var os = Compose(report).Describe.Single(item => item.Id == "os");

        Assert.Equal("Which operating system the phone or tablet uses (for example iOS or Android)", os.Text);
        Assert.Equal("iOS", os.Answer);
    }

    [Fact]
    public void Compose_MobileAppOnly_NamesPhoneAndAsksDevice()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.MobileApp = "mobile app";

        var describe = Compose(report).Describe;

        Assert.DoesNotContain("computer", describe.Single(item => item.Id == "os").Text, StringComparison.Ordinal);
        Assert.Contains(describe, item => item.Id == "device");
    }

    [Fact]
    public void Compose_ClientOnPhone_NamesPhoneOs()
    {
        var checklist = CallChecklistComposer.Compose(DraftTestReports.CreateConnectForHealthReport(), TestContent.Content, [], null, "iPhone");

        Assert.DoesNotContain("computer", checklist.Describe.Single(item => item.Id == "os").Text, StringComparison.Ordinal);
        Assert.Contains(checklist.Describe, item => item.Id == "device");
    }

    [Fact]
    public void Compose_Report_ListsEscalationChainAfterWhenToEscalate()
    {
        var escalation = Compose(DraftTestReports.CreateConnectForHealthReport()).Escalation;

        Assert.Contains("Team Lead", escalation[0], StringComparison.Ordinal);
        Assert.Equal(["Team Lead", "Supervisor", "Manager", "Director"], escalation.Skip(1));
    }

    [Fact]
    public void Compose_Report_NotesCallDetailsAndRoleNote()
    {
        var checklist = Compose(DraftTestReports.CreateConnectForHealthReport());

        Assert.Equal(3, checklist.NoteDuringCall.Count);
        Assert.Contains("Certified Health Coverage Guides", checklist.RoleNote, StringComparison.Ordinal);
        Assert.Contains("customer portal", checklist.StatusCheck, StringComparison.Ordinal);
    }

    // Times in UTC; Denver is UTC-6 in March 2026 (daylight saving time began on March 8).
    [Theory]
    [InlineData("2026-03-14T18:00:00Z", "The Service Center is closed now. It opens Monday at 8:00 AM Mountain Time.")]
    [InlineData("2026-03-14T01:30:00Z", "The Service Center is closed now. It opens Monday at 8:00 AM Mountain Time.")]
    [InlineData("2026-03-10T12:30:00Z", "The Service Center is closed now. It opens today at 8:00 AM Mountain Time.")]
    [InlineData("2026-03-11T01:00:00Z", "The Service Center is closed now. It opens tomorrow at 8:00 AM Mountain Time.")]
    [InlineData("2026-03-10T14:00:00Z", null)]
    [InlineData("2026-03-13T23:59:00Z", null)]
    public void Compose_AtTime_NotesWhenClosed(string utc, string? expected)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        var checklist = CallChecklistComposer.Compose(DraftTestReports.CreateConnectForHealthReport(), TestContent.Content, [], now);

        Assert.Equal(expected, checklist.ClosedNote);
    }

    [Fact]
    public void Compose_WithoutTime_HasNoClosedNote()
    {
        Assert.Null(Compose(DraftTestReports.CreateConnectForHealthReport()).ClosedNote);
    }

    [Fact]
    public void Compose_Screenshots_NamedForTheCall()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.Screenshots = ["error.png", "notice.pdf"];
        var checklist = Compose(report);

        Assert.Equal(["error.png", "notice.pdf"], checklist.Screenshots);
        Assert.Equal(
            "Screenshots for the call: error.png, notice.pdf. Have them open to describe what the screen showed.",
            CallChecklistComposer.ScreenshotsNote(checklist));
    }

    [Fact]
    public void Compose_NoScreenshots_HasNoScreenshotsNote()
    {
        Assert.Null(CallChecklistComposer.ScreenshotsNote(Compose(DraftTestReports.CreateConnectForHealthReport())));
    }

    [Fact]
    public void Compose_UnknownTipIds_LeftOut()
    {
        var report = DraftTestReports.CreateConnectForHealthReport();
        report.TipsTried = ["try-another-browser", "other-browser", "nonsense-tip"];
        report.StepsTried = [];

        var answer = Compose(report).Describe.Single(item => item.Id == "steps-tried").Answer;

        Assert.Equal("Try another browser", answer);
    }

    private static CallChecklist Compose(IssueReport report) => CallChecklistComposer.Compose(report, TestContent.Content);
}
