using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>Messages the bot would otherwise send twice: notes, introductions and the dropped report after "change my answers".</summary>
public sealed class RepeatedMessageFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";
    private const string CbmsNote = "As a CBMS user, report PEAK and CBMS problems";

    [Fact]
    public async Task CbmsYes_MenuLeavesOutCbmsNote()
    {
        await ConversationFlow.Create()
            .Send("hi")
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("yes")
            .AssertSays(ConversationSteps.CbmsPath)
            .AssertAsks(ConversationPrompts.Menu, check: menu =>
            {
                Assert.DoesNotContain(CbmsNote, menu.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("If you do not work in CBMS", menu.Text, StringComparison.Ordinal);
            })
            .Send("report")
            .AssertSays(ConversationSteps.CbmsPath)
            .AssertAsks(ConversationPrompts.Menu, check: menu => Assert.DoesNotContain(CbmsNote, menu.Text, StringComparison.Ordinal))
            .Send("help topics")
            .AssertSays(ConversationSteps.HelpTopic)
            .AssertAsks(ConversationPrompts.Menu, check: menu =>
            {
                Assert.Contains(CbmsNote, menu.Text, StringComparison.Ordinal);
                Assert.Contains("If you do not work in CBMS", menu.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task UrgentQuestion_Reasked_LeavesOutStepThree()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent, check: question => Assert.StartsWith("Step 3:", question.Text, StringComparison.Ordinal))
            .Send("purple")
            .AssertAsks(ConversationPrompts.Urgent, check: question =>
            {
                Assert.DoesNotContain("Step 3", question.Text, StringComparison.Ordinal);
                Assert.NotNull(question.SuggestedActions);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("N/A")]
    [InlineData("purple")]
    public async Task UrgentQuestion_WrongAnswer_AsksUrgentAgain(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent)
            .Send(answer)
            .AssertReplySatisfies(reply => Assert.DoesNotContain("Step 2", reply.Text ?? "", StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Urgent, check: question => Assert.DoesNotContain("Step 2", question.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task UrgentQuestion_WrongAnswerAfterSystemPicked_AsksUrgentAgain()
    {
        await ConversationFlow.Create().Onboard()
            .Send("The income page shows an error when we press Submit, my client cannot finish.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("I don't know")
            .AssertAsks(ConversationPrompts.PickSystem)
            .Send("PEAK")
            .AssertAsks(ConversationPrompts.Urgent)
            .Send("N/A")
            .AssertReplySatisfies(reply => Assert.DoesNotContain("Step 2", reply.Text ?? "", StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Urgent, check: question => Assert.DoesNotContain("Step 2", question.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangeAnswers_AtMenu_LeavesOutAskOnce()
    {
        await ConversationFlow.Create().Onboard()
            .Send("change my answers")
            .AssertReply(HelpBotDialogHooks.ChangingAnswersMessage)
            .AssertAsks(ConversationPrompts.CbmsUser, check: question => Assert.DoesNotContain("only ask once", question.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangeAnswers_MidReport_AsksFirst()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("change my answers")
            .AssertAsks(ConversationPrompts.ConfirmChange, check: question => Assert.NotNull(question.SuggestedActions))
            .Send("no")
            .AssertReply(ChangeConfirmation.KeptMessage)
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent)
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangeAnswers_MidReportYes_DropsReport()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("change my answers")
            .AssertAsks(ConversationPrompts.ConfirmChange)
            .Send("yes")
            .AssertReply(HelpBotDialogHooks.ChangingAnswersMessage + HelpBotDialogHooks.ReportDroppedNote)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .StartTestAsync();
    }

    [Fact]
    public async Task ChangeAnswers_MidReportOtherAnswer_AnswersQuestion()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("change my answers")
            .AssertAsks(ConversationPrompts.ConfirmChange)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent)
            .StartTestAsync();
    }
}
