using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Drafts;

public sealed class EmailDraftComposerTests
{
    [Fact]
    public void Compose_PeakReport_AddressesCbmsHelpDesk()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Equal("CBMS.help@state.co.us", draft.To);
    }

    [Fact]
    public void Compose_PeakReport_SubjectNamesSystemPageAndDate()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Equal("PEAK technical issue: Benefit information page, 2026-08-22", draft.Subject);
    }

    [Theory]
    [InlineData("Document upload in the app", "PEAK technical issue: Document upload in the app, 2026-08-22")]
    [InlineData("Document upload", "PEAK technical issue: Document upload page, 2026-08-22")]
    [InlineData("Income, Jobs section", "PEAK technical issue: Income, Jobs section, 2026-08-22")]
    [InlineData("Sign-in screen", "PEAK technical issue: Sign-in screen, 2026-08-22")]
    [InlineData("Review and submit", "PEAK technical issue: Review and submit, 2026-08-22")]
    [InlineData("Submit button on the Income page", "PEAK technical issue: Submit button on the Income page, 2026-08-22")]
    [InlineData("Homepage", "PEAK technical issue: Homepage, 2026-08-22")]
    [InlineData("MyCOBenefits app", "PEAK technical issue: MyCOBenefits app, 2026-08-22")]
    [InlineData("Benefit information.", "PEAK technical issue: Benefit information page, 2026-08-22")]
    [InlineData("Income\nJobs section", "PEAK technical issue: Income Jobs section, 2026-08-22")]
    public void Subject_TypedPage_ReadsNaturally(string page, string expected)
    {
        var report = DraftTestReports.CreatePeakReport();
        report.Page = page;

        Assert.Equal(expected, EmailDraftComposer.Subject(report, TestContent.Content));
    }

    // Every page the content names by example address, through the extractor's page suggestion.
    [Theory]
    [MemberData(nameof(ExamplePageAddresses))]
    public void Subject_KnownPageAddress_ReadsNaturally(string address, string expected)
    {
        var report = ReportExtractor.Extract("PEAK shows an error", address, TestContent.CreateContext()).Report;
        report.When = new DateTimeOffset(2026, 8, 22, 15, 10, 0, TimeSpan.FromHours(-6));

        Assert.Equal(expected, EmailDraftComposer.Subject(report, TestContent.Content));
    }

    public static TheoryData<string, string> ExamplePageAddresses()
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["peak.my.site.com/peak/s/peak-landing-page"] = "PEAK technical issue: PEAK landing page, 2026-08-22",
            ["peak.my.site.com/peak/s/afb-welcome"] = "PEAK technical issue: AFB welcome page, 2026-08-22",
            ["peak.my.site.com/peak/s/benefit-information"] = "PEAK technical issue: Benefit information page, 2026-08-22",
            ["peak.my.site.com/SEBT/s/"] = "PEAK technical issue: SEBT page, 2026-08-22",
            ["peak.my.site.com/AMHLP?PageId="] = "PEAK technical issue: AMHLP page, 2026-08-22",
        };
        var data = new TheoryData<string, string>();
        foreach (var host in TestContent.Content.Systems.Where(system => system.Id == "peak").SelectMany(system => system.Hosts))
        {
            foreach (var path in host.ExamplePaths)
            {
                var address = host.Host + path;
                data.Add("https://" + address, expected.TryGetValue(address, out var subject) ? subject : $"no expected subject for {address}");
            }
        }

        return data;
    }

    [Fact]
    public void Compose_PeakReport_ListsSectionsInDeskAidOrder()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Equal(
            [ReportFields.Description, ReportFields.Username, ReportFields.Page, ReportFields.When, ReportFields.StepsTried,
             ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Screenshot],
            draft.Sections.Select(section => section.Field));
    }

    [Fact]
    public void Compose_MissingAnswers_SaysNotProvided()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.Username = null;
        report.Page = null;

        var draft = Compose(report);

        var username = draft.Sections.Single(section => section.Field == ReportFields.Username);
        Assert.Equal("Not provided", username.Body);
        Assert.False(username.Provided);
        Assert.Contains("Not provided", draft.Sections.Single(section => section.Field == ReportFields.Page).Body, StringComparison.Ordinal);
        Assert.Contains("PEAK user name:\r\nNot provided", draft.PlainTextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MobileReport_AddsDeviceSection()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.MobileIndicated = true;

        var draft = Compose(report);

        Assert.Contains(draft.Sections, section => section.Field == ReportFields.Device && !section.Provided);
    }

    [Fact]
    public void Compose_MobileAppOnly_AddsDeviceSection()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.MobileApp = "MyPEAK app";

        var draft = Compose(report);

        Assert.Contains(draft.Sections, section => section.Field == ReportFields.Device);
    }

    [Theory]
    [InlineData("Android phone", "MyPEAK app", "Android phone (MyPEAK app)")]
    [InlineData("iPhone", null, "iPhone")]
    public void Compose_MobileApp_NamedAfterDevice(string device, string? app, string expected)
    {
        var report = DraftTestReports.CreatePeakReport();
        report.MobileIndicated = true;
        report.Device = device;
        report.MobileApp = app;

        var section = Compose(report).Sections.Single(section => section.Field == ReportFields.Device);

        Assert.Equal(expected, section.Body);
        Assert.True(section.Provided);
    }

    [Fact]
    public void Compose_TipsTried_UsesTipTitles()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Contains("Clear the browser's cache", draft.Sections.Single(section => section.Field == ReportFields.StepsTried).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_UnknownTipIds_LeftOut()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.TipsTried = ["nonsense-tip", "clear-cache"];

        var body = Compose(report).Sections.Single(section => section.Field == ReportFields.StepsTried).Body;

        Assert.Contains("Clear the browser's cache", body, StringComparison.Ordinal);
        Assert.DoesNotContain("nonsense-tip", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Screenshots_ListsThemWithEraseReminder()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Equal(["renewal-error.png"], draft.AttachmentsToAdd);
        Assert.Contains("erase", draft.AttachmentReminder, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_PlaceholderFileName_RemindsToRename()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.Screenshots = ["letter [NAME] [PHONE].png"];

        var draft = Compose(report);

        Assert.Contains("rename those files the same way before you attach them", draft.AttachmentReminder, StringComparison.Ordinal);
        Assert.DoesNotContain("rename", draft.PlainTextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("rename", Compose(DraftTestReports.CreatePeakReport()).AttachmentReminder!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compose_Screenshots_KeepsHowToOutOfBody()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Contains("Attached: renewal-error.png", draft.PlainTextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.AttachmentReminder!, draft.PlainTextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Paint", draft.PlainTextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Before attaching", draft.PlainTextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Screenshots_NamesEachFileOnce()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.Screenshots = ["renewal-error.png", "upload-page.png"];

        var body = Compose(report).PlainTextBody;

        Assert.Equal(1, Occurrences(body, "renewal-error.png"));
        Assert.Equal(1, Occurrences(body, "upload-page.png"));
    }

    [Fact]
    public void Compose_NoScreenshots_HasNoReminder()
    {
        var report = DraftTestReports.CreatePeakReport();
        report.Screenshots = [];
        report.NoScreenshots = true;

        Assert.Null(Compose(report).AttachmentReminder);
    }

    [Fact]
    public void Compose_NoPersonalDataKept_NeedsNoEncryption()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.False(draft.EncryptionRequired);
        Assert.Null(draft.EncryptionNote);
    }

    [Fact]
    public void Compose_PersonalDataKept_RequiresEncryption()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, new DraftPrivacy(true, ["Person"]));

        Assert.True(draft.EncryptionRequired);
        Assert.Contains("Person", draft.EncryptionNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Body_UsesCrLfLineBreaksOnly()
    {
        var body = Compose(DraftTestReports.CreatePeakReport()).PlainTextBody;

        Assert.DoesNotContain("\n", body.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ConnectForHealthReport_Throws()
    {
        Assert.Throws<ArgumentException>(() => Compose(DraftTestReports.CreateConnectForHealthReport()));
    }

    private static EmailDraft Compose(IssueReport report) => EmailDraftComposer.Compose(report, TestContent.Content, DraftPrivacy.None);

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;
}
