using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Tests.Drafts;

/// <summary>Reports with obviously fake values for the draft tests.</summary>
internal static class DraftTestReports
{
    public static IssueReport CreatePeakReport() => new()
    {
        System = SupportSystems.Peak,
        Description = "Submitting the renewal shows \"Unexpected error\".",
        Username = "dana.testperson",
        Page = "Benefit information",
        PageUrl = "https://peak.my.site.com/peak/s/benefit-information",
        When = new DateTimeOffset(2026, 8, 22, 15, 10, 0, TimeSpan.FromHours(-6)),
        WhenHasClockTime = true,
        TimeZoneId = "America/Denver",
        TipsTried = ["clear-cache"],
        StepsTried = ["Tried again (twice)"],
        Impact = "Benefits end on the 31st.",
        CaseNumber = "1B00000",
        Screenshots = ["renewal-error.png"],
    };

    public static IssueReport CreateConnectForHealthReport() => new()
    {
        System = SupportSystems.ConnectForHealth,
        Description = "Create Account shows a banner that account creation is suspended.",
        ErrorMessage = "account creation is temporarily suspended",
        When = new DateTimeOffset(2026, 9, 1, 7, 15, 0, TimeSpan.FromHours(-6)),
        WhenHasClockTime = true,
        TimeZoneId = "America/Denver",
        Os = "Windows",
        Browser = "Chrome, Edge",
    };
}
