using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

// A report marked medically urgent states it in the e-mail draft and in the call checklist.
public sealed class UrgentReportTests
{
    private const string Description = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task UrgentFirstMessage_StillAsksUrgency()
    {
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500. Her seizure meds are due next week.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.StartsWith("Step 3: this is a PEAK problem", reply.Text, StringComparison.Ordinal))
            .Send("yes")
            .AssertSays(ConversationSteps.UrgentContacts)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public async Task PeakDraft_UrgentAnswer_StatedInDraft(string answer, bool expected)
    {
        string? draftText = null;
        string? draftCard = null;
        await ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send(answer)
            .AnswerPeakFields()
            .AssertSays(ConversationSteps.Draft, reply =>
            {
                draftText = reply.Text;
                draftCard = reply.Attachments!.Single().Content!.Value.GetRawText();
            })
            .StartTestAsync();

        Assert.Equal(expected, draftText!.Contains(EmailDraftComposer.UrgentNote, StringComparison.Ordinal));
        Assert.Equal(expected, draftCard!.Contains("MEDICALLY URGENT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Checklist_Urgent_StatedInCardAndText(bool urgent)
    {
        var report = new IssueReport { System = SupportSystems.ConnectForHealth, MedicallyUrgent = urgent };

        var activity = ChecklistCards.Create(CallChecklistComposer.Compose(report, PeakReportFlowTests.CreateContent()));

        Assert.Equal(urgent, activity.Text!.Contains(CallChecklistComposer.UrgentNote, StringComparison.Ordinal));
        Assert.Equal(urgent, activity.Attachments!.Single().Content!.Value.GetRawText().Contains("This is medically urgent for the client", StringComparison.Ordinal));
    }
}
