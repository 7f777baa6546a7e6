using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>The PEAK user-name question with "don't know", a case number and a password as answers. Every value is fake.</summary>
public sealed class UsernameAnswerFlowTests
{
    private const string PeakAddress = "https://peak.my.site.com/peak/s/benefit-information";

    [Theory]
    [InlineData("I don't know it, the facility staff set it up")]
    [InlineData("don't know")]
    [InlineData("unknown")]
    public async Task NotKnown_DraftSaysNotKnown(string answer)
    {
        string? draftText = null;
        await AskUsername()
            .Send(answer)
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        var text = draftText!.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("PEAK user name:\nNot known (the user does not know the user name)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PEAK user name:\nunknown", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1B00000")]
    [InlineData("my user name is 1B00000")]
    public async Task CaseNumber_RejectsAndRepeatsQuestion(string answer)
    {
        await AskUsername()
            .Send(answer)
            .AssertReplyContains("That looks like a CBMS case number")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page")
            .StartTestAsync();
    }

    [Fact]
    public async Task LonePassword_RemovedAndRequested()
    {
        await AskUsername()
            .Send("Sunshine2024!")
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertReplyContains("Please type only the user name of the account.")
            .AssertAsks(ConversationPrompts.Field, "username")
            .StartTestAsync();
    }

    [Fact]
    public async Task PasswordInSentence_DiscardedAndAskedAgain()
    {
        await AskUsername()
            .Send("my user name is Sunny!Day42")
            .AssertReplyContains("That looks like a password, so I discarded it")
            .AssertAsks(ConversationPrompts.Field, "username")
            .StartTestAsync();
    }

    private static TestFlow AskUsername() => ConversationFlow.Create().Onboard()
        .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
        .AssertAsks(ConversationPrompts.Tips)
        .Send("still broken, tried all three")
        .AssertAsks(ConversationPrompts.PageAddress)
        .Send(PeakAddress)
        .AssertAsks(ConversationPrompts.Urgent).Send("no")
        .AssertAsks(ConversationPrompts.Field, "username");
}
