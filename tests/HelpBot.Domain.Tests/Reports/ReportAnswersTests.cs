using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

public sealed class ReportAnswersTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    [Fact]
    public void Store_StepsTriedTwice_KeepsLastAnswer()
    {
        var report = new IssueReport();

        ReportAnswers.Store(report, ReportFields.StepsTried, "cleared the cache", Denver);
        ReportAnswers.Store(report, ReportFields.StepsTried, "used another browser", Denver);

        Assert.Equal(["used another browser"], report.StepsTried);
    }

    [Fact]
    public void Store_DateWithoutTime_IsMidnightInTimeZone()
    {
        var report = new IssueReport();

        ReportAnswers.Store(report, ReportFields.When, "2026-03-16", Denver);

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.FromHours(-6)), report.When);
        Assert.False(report.WhenHasClockTime);
        Assert.Equal(Denver.Id, report.TimeZoneId);
    }

    [Fact]
    public void Store_DateWithTime_KeepsOffset()
    {
        var report = new IssueReport();

        ReportAnswers.Store(report, ReportFields.When, "2026-03-16T09:30:00-06:00", Denver);

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 9, 30, 0, TimeSpan.FromHours(-6)), report.When);
        Assert.True(report.WhenHasClockTime);
    }

    [Theory]
    [InlineData("1B00000", "1B00000", null)]
    [InlineData("12345", null, "12345")]
    public void Store_CaseOrTrackingNumber_ClearsTheOther(string value, string? caseNumber, string? trackingNumber)
    {
        var report = new IssueReport { CaseNumber = "1B99999", TrackingNumber = "99999" };

        ReportAnswers.Store(report, ReportFields.CaseNumber, value, Denver);

        Assert.Equal(caseNumber, report.CaseNumber);
        Assert.Equal(trackingNumber, report.TrackingNumber);
    }

    [Fact]
    public void Apply_DayPart_StoredAsEstimate()
    {
        var report = new IssueReport();
        var context = new ExtractionContext(TestContent.Content, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 19, 0, 0, TimeSpan.FromHours(-6))), Denver);

        var validation = ReportAnswers.Apply(report, ReportFields.When, "last Fri evening", context);

        Assert.Equal("2026-08-28 19:00", validation.NormalizedValue);
        Assert.Equal(new DateTimeOffset(2026, 8, 28, 19, 0, 0, TimeSpan.FromHours(-6)), report.When);
        Assert.False(report.WhenHasClockTime);
        Assert.Equal("2026-08-28 around 7:00 PM (America/Denver, exact time not given)", HelpBot.Domain.Drafts.ReportFormatting.When(report));
    }

    [Fact]
    public void Store_ScreenshotLines_ReplacesList()
    {
        var report = new IssueReport { NoScreenshots = true };

        ReportAnswers.Store(report, ReportFields.Screenshot, "upload-error.png\n income-page.png ", Denver);

        Assert.Equal(["upload-error.png", "income-page.png"], report.Screenshots);
        Assert.False(report.NoScreenshots);
    }

    [Theory]
    [InlineData("notAField", "value")]
    [InlineData(ReportFields.When, "yesterday")]
    public void Store_InvalidFieldOrDate_Throws(string field, string value)
    {
        Assert.Throws<ArgumentException>(() => ReportAnswers.Store(new IssueReport(), field, value, Denver));
    }
}
