using System.Text.Json;
using HelpBot.Cards.Builders;
using HelpBot.Domain.Reports;

namespace HelpBot.Cards.Tests.Builders;

/// <summary>What individual step cards show and which inputs they carry.</summary>
public sealed class StepCardTests
{
    [Fact]
    public void PeakForm_MissingFields_HasOnlyThoseInputs()
    {
        var card = PeakReportFormCard.Build("p", CardCases.CreateReport("x"), FakeContent.Create(), [ReportFields.Username, ReportFields.When], "Mountain Time");

        var ids = InputIds(card);

        Assert.Equal(["username", "whenDate", "whenTime"], ids);
    }

    [Fact]
    public void PeakForm_AllFields_PrefillsWhatUserSaid()
    {
        var json = CardJson.Serialize(CardCases.Build("peakForm", "realistic"));

        Assert.Equal("dana.testperson@example.org", InputValue(json, "username"));
        Assert.Equal("Benefit information", InputValue(json, "page"));
        Assert.Equal("2026-03-13", InputValue(json, "whenDate"));
        Assert.Equal("14:30", InputValue(json, "whenTime"));
        Assert.Equal("1B00000", InputValue(json, "caseNumber"));
        Assert.Equal("none", InputValue(json, "screenshot"));
        Assert.StartsWith("Sign off and on again", InputValue(json, "stepsTried"), StringComparison.Ordinal);
    }

    [Fact]
    public void PeakForm_TimeInput_NamesTimeZone()
    {
        var json = CardJson.Serialize(CardCases.Build("peakForm", "realistic"));

        var time = CardJson.Inputs(json).Single(input => CardJson.String(input, "id") == "whenTime");

        Assert.Contains("Mountain Time (America/Denver)", CardJson.String(time, "label"), StringComparison.Ordinal);
    }

    [Fact]
    public void PeakForm_LongDescription_CutsPrefill()
    {
        var json = CardJson.Serialize(PeakReportFormCard.Build("p", CardCases.CreateReport(new string('a', 9000)), FakeContent.Create(), CardCases.AllFields, "MT"));

        Assert.True(InputValue(json, "description")!.Length <= PeakReportFormCard.MaxDescriptionLength + 1);
    }

    [Fact]
    public void Tips_TriedTips_ArePreselected()
    {
        var json = CardJson.Serialize(CardCases.Build("tips", "realistic"));

        Assert.Equal("clear-cache", InputValue(json, TipsCard.TipsTriedInputId));
    }

    [Fact]
    public void Role_Roles_OfferedAsChoices()
    {
        var json = CardJson.Serialize(CardCases.Build("role", "realistic"));
        var role = CardJson.Inputs(json).Single(input => CardJson.String(input, "id") == RoleCard.RoleInputId);

        Assert.Equal(4, role.GetProperty("choices").GetArrayLength());
        Assert.Equal("broker", CardJson.String(role, "value"));
    }

    [Fact]
    public void WhichSystem_SystemButtons_CarryChoiceWithoutInputs()
    {
        var json = CardJson.Serialize(CardCases.Build("whichSystem", "realistic"));

        var picks = CardJson.Submits(json).Where(submit => CardJson.String(submit.GetProperty("data"), "action") == CardActionNames.PickSystem).ToList();

        Assert.Equal(["peak", "connect-for-health", "unknown"], picks.Select(pick => CardJson.String(pick.GetProperty("data"), "choice")));
        Assert.All(picks, pick => Assert.Equal("none", CardJson.String(pick, "associatedInputs")));
    }

    [Fact]
    public void EmailDraft_MailtoLink_OpensMailApp()
    {
        var urls = OpenUrls(CardJson.Serialize(CardCases.Build("emailDraft", "realistic")));

        Assert.Contains("mailto:CBMS.help@state.co.us?subject=PEAK", urls);
        Assert.Contains("http://127.0.0.1:5000/drafts/abc.eml", urls);
    }

    [Fact]
    public void EmailDraft_AttachmentReminder_StaysOutOfText()
    {
        var card = CardCases.Build("emailDraft", "realistic");
        var json = CardJson.Serialize(card);

        Assert.Contains("Before you attach the screenshots: Erase personal information from screenshots first.", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Erase personal information", InputValue(json, EmailDraftCard.CopyTextInputId), StringComparison.Ordinal);
    }

    [Fact]
    public void EmailDraft_NoMailto_OffersFileAndCopy()
    {
        var card = CardCases.Build("emailDraftNoMailto", "realistic");
        var json = CardJson.Serialize(card);

        Assert.DoesNotContain(OpenUrls(json), url => url.StartsWith("mailto:", StringComparison.Ordinal));
        Assert.Contains(CardJson.Inputs(json), input => CardJson.String(input, "id") == EmailDraftCard.CopyTextInputId);
        Assert.Contains("Send it encrypted.", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailDraft_NoMailto_NoteInCardAndText()
    {
        var card = CardCases.Build("emailDraftNoMailto", "realistic");

        Assert.Contains(EmailDraftCard.TooLongForMailLinkNote, CardJson.Serialize(card).GetRawText(), StringComparison.Ordinal);
        Assert.Contains(EmailDraftCard.TooLongForMailLinkNote, card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void CallChecklist_Phone_IsTelLink()
    {
        var urls = OpenUrls(CardJson.Serialize(CardCases.Build("callChecklist", "realistic")));

        Assert.Contains("tel:+18557526749", urls);
    }

    [Fact]
    public void CallChecklist_CertifiedRole_PutsRoleNoteFirst()
    {
        var card = CardCases.Build("callChecklistCertified", "realistic");

        var roleNote = card.PlainText.IndexOf("internal process", StringComparison.Ordinal);
        var phone = card.PlainText.IndexOf("Phone:", StringComparison.Ordinal);

        Assert.InRange(roleNote, 0, phone);
    }

    [Fact]
    public void CallQuestions_ReportedEnvironment_FillsGaps()
    {
        var report = new IssueReport { Description = "Upload fails" };

        var json = CardJson.Serialize(CallQuestionsCard.Build("p", report, FakeContent.Create(), new ClientEnvironment("Windows", null, "Edge")));

        Assert.Equal("Windows", InputValue(json, ReportFields.Os));
        Assert.Equal("Edge", InputValue(json, ReportFields.Browser));
        Assert.DoesNotContain("device", InputIds(json));
    }

    [Fact]
    public void CallQuestions_ClientOnPhone_LabelsPhoneOs()
    {
        var report = new IssueReport { Description = "Upload fails" };

        var json = CardJson.Serialize(CallQuestionsCard.Build("p", report, FakeContent.Create(), new ClientEnvironment("iOS", "iPhone", "Safari")));

        Assert.Contains("Phone or tablet operating system (iOS or Android)", json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Computer operating system", json.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("device", InputIds(json));
    }

    [Fact]
    public void CallLog_TimeFrame_PrefillsDays()
    {
        var json = CardJson.Serialize(CardCases.Build("callLog", "realistic"));

        Assert.Equal("3", InputValue(json, CallLogCard.TimeFrameInputId));
        Assert.Equal("INC-0001", InputValue(json, CallLogCard.IncidentNumberInputId));
    }

    [Fact]
    public void HelpTopicsMenu_Topics_OneButtonEach()
    {
        var json = CardJson.Serialize(CardCases.Build("helpTopicsMenu", "realistic"));

        var topics = CardJson.Submits(json).Select(submit => CardJson.String(submit.GetProperty("data"), "choice")).OfType<string>();

        Assert.Equal(["screenshots", "encrypt"], topics);
    }

    [Fact]
    public void Welcome_PlainText_ListsTypedOptions()
    {
        var card = WelcomeCard.Build("p");

        Assert.Contains("1) Report a problem, 2) Check a ticket, 3) Help topics", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyPromptId_Throws()
    {
        Assert.Throws<ArgumentException>(() => WelcomeCard.Build(" "));
    }

    private static List<string?> InputIds(StepCard card) => InputIds(CardJson.Serialize(card));

    private static List<string?> InputIds(JsonElement json) =>
        CardJson.Inputs(json).Select(input => CardJson.String(input, "id")).ToList();

    private static string? InputValue(JsonElement json, string id) =>
        CardJson.String(CardJson.Inputs(json).Single(input => CardJson.String(input, "id") == id), "value");

    private static List<string> OpenUrls(JsonElement json) =>
        CardJson.TypedObjects(json)
            .Where(item => CardJson.Type(item) == "Action.OpenUrl")
            .Select(item => CardJson.String(item, "url")!)
            .ToList();
}
