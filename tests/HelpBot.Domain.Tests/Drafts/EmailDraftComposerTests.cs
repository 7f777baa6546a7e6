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
    public void Compose_TipsTried_UsesTipTitles()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Contains("Clear the browser's cache", draft.Sections.Single(section => section.Field == ReportFields.StepsTried).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Screenshots_ListsThemWithEraseReminder()
    {
        var draft = Compose(DraftTestReports.CreatePeakReport());

        Assert.Equal("renewal-error.png", draft.AttachmentsToAdd[0]);
        Assert.Contains("erase", draft.AttachmentsToAdd[^1], StringComparison.OrdinalIgnoreCase);
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
}
