using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Tests.Reports;

public sealed class ReportCarryOverTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 10, 9, 15, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void Apply_EmptyCorrection_TakesEveryAnswer()
    {
        var previous = Answered();
        var corrected = new IssueReport { Description = "The upload page shows ERR-503." };

        ReportCarryOver.Apply(previous, corrected);

        Assert.Equal(SupportSystems.Peak, corrected.System);
        Assert.Equal("https://peak.my.site.com/peak/s/document-upload", corrected.PageUrl);
        Assert.Equal("testuser55", corrected.Username);
        Assert.Equal("Document upload", corrected.Page);
        Assert.Equal(Morning, corrected.When);
        Assert.True(corrected.WhenHasClockTime);
        Assert.Equal("The client could not submit", corrected.Impact);
        Assert.Equal("1B00000", corrected.CaseNumber);
        Assert.Equal(["renewal-error.png"], corrected.Screenshots);
        Assert.Equal(["sign-out-refresh"], corrected.TipsTried);
        Assert.Equal(["Restarted the computer"], corrected.StepsTried);
        Assert.Equal("Windows 11", corrected.Os);
        Assert.False(corrected.MedicallyUrgent);
        Assert.Equal("The upload page shows ERR-503.", corrected.Description);
    }

    [Fact]
    public void Apply_CorrectionValues_AreKept()
    {
        var previous = Answered();
        var corrected = new IssueReport
        {
            Username = "testuser56",
            CaseNumber = "1B00001",
            When = Morning.AddHours(-1),
            TipsTried = ["clear-cache"],
        };

        ReportCarryOver.Apply(previous, corrected);

        Assert.Equal("testuser56", corrected.Username);
        Assert.Equal("1B00001", corrected.CaseNumber);
        Assert.Equal(Morning.AddHours(-1), corrected.When);
        Assert.Equal(["clear-cache", "sign-out-refresh"], corrected.TipsTried);
    }

    [Fact]
    public void Apply_OtherSystem_DropsUrgencyAndAddress()
    {
        var previous = Answered();
        var corrected = new IssueReport { System = SupportSystems.ConnectForHealth, PageUrl = "https://connectforhealthco.com/" };

        ReportCarryOver.Apply(previous, corrected);

        Assert.Equal(SupportSystems.ConnectForHealth, corrected.System);
        Assert.Equal("https://connectforhealthco.com/", corrected.PageUrl);
        Assert.Null(corrected.MedicallyUrgent);
    }

    [Fact]
    public void Apply_DeviceAndApp_CarryOver()
    {
        var previous = Answered();
        previous.Device = "Android phone";
        previous.MobileApp = "MyPEAK app";
        var corrected = new IssueReport { Description = "The upload page shows ERR-503." };

        ReportCarryOver.Apply(previous, corrected);

        Assert.Equal("Android phone", corrected.Device);
        Assert.Equal("MyPEAK app", corrected.MobileApp);
    }

    [Fact]
    public void Apply_NoCaseNumberAnswer_CarriesOver()
    {
        var previous = Answered();
        previous.CaseNumber = null;
        previous.NoCaseNumber = true;
        var corrected = new IssueReport();

        ReportCarryOver.Apply(previous, corrected);

        Assert.True(corrected.NoCaseNumber);
        Assert.Null(corrected.CaseNumber);
    }

    private static IssueReport Answered() => new()
    {
        System = SupportSystems.Peak,
        PageUrl = "https://peak.my.site.com/peak/s/document-upload",
        Description = "The upload page shows ERR-500.",
        Username = "testuser55",
        Page = "Document upload",
        When = Morning,
        WhenHasClockTime = true,
        TimeZoneId = "America/Denver",
        Impact = "The client could not submit",
        CaseNumber = "1B00000",
        Screenshots = ["renewal-error.png"],
        TipsTried = ["sign-out-refresh"],
        StepsTried = ["Restarted the computer"],
        Os = "Windows 11",
        MedicallyUrgent = false,
    };
}
