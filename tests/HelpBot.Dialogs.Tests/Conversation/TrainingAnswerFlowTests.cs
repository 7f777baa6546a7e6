using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// Typed answers to the question after a training answer, and status answers at the tips step: a
/// fixed answer closes the report, a still-broken one goes on with the tips it names.
/// </summary>
public sealed class TrainingAnswerFlowTests
{
    private const string TrainingMessage = "PEAK will not take the .heic file we upload";
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string FixedClose = "Glad that fixed it! If it comes back, just tell me what happens.";
    private const string AnsweredClose = "Great, glad that answered it.";

    [Theory]
    [InlineData("fixed it after clearing the cache", FixedClose)]
    [InlineData("cleared the cache and that fixed it", FixedClose)]
    [InlineData("clearing the cache fixed it", FixedClose)]
    [InlineData("it worked after I signed out and back in", FixedClose)]
    [InlineData("thanks, that fixed it", FixedClose)]
    [InlineData("fixed", FixedClose)]
    [InlineData("That answered it", AnsweredClose)]
    [InlineData("yes", AnsweredClose)]
    [InlineData("solved", AnsweredClose)]
    [InlineData("thanks", AnsweredClose)]
    [InlineData("1", AnsweredClose)]
    public async Task TrainingAnswer_FixedOrAnswered_Closes(string answer, string expectedReply)
    {
        await ConversationFlow.Create().Onboard()
            .Send(TrainingMessage)
            .AssertAsks(ConversationPrompts.Training)
            .Send(answer)
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal(ConversationSteps.Fixed, reply.GetMarker()?.Step);
                Assert.Equal(expectedReply, reply.Text);
            })
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("still not working after clearing the cache", "clear-cache")]
    [InlineData("cleared the cache, it hasn't fixed it", "clear-cache")]
    [InlineData("not solved", null)]
    [InlineData("it isnt resolved", null)]
    [InlineData("Report it anyway", null)]
    [InlineData("2", null)]
    public async Task TrainingAnswer_NotFixed_AsksTipsWithNamedTicked(string answer, string? ticked)
    {
        await ConversationFlow.Create().Onboard()
            .Send(TrainingMessage)
            .AssertAsks(ConversationPrompts.Training)
            .Send(answer)
            .AssertAsks(ConversationPrompts.Tips, check: reply =>
            {
                Assert.Equal("technical", reply.GetMarker()!.Kind);
                Assert.Equal(ticked, TipsAnswerFlowTests.ReadTicked(reply));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TrainingAnswer_Fixed_StoresNoTicket()
    {
        await ConversationFlow.Create().Onboard()
            .Send(TrainingMessage)
            .AssertAsks(ConversationPrompts.Training)
            .Send("fixed it after clearing the cache")
            .AssertSays(ConversationSteps.Fixed)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("my tickets")
            .AssertNextContains("You have no tickets logged with me yet.")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("fixed it after clearing the cache")]
    [InlineData("it worked in another browser")]
    public async Task TipsAnswer_Fixed_RepliesFixedClose(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal(ConversationSteps.Fixed, reply.GetMarker()?.Step);
                Assert.Equal(FixedClose, reply.Text);
            })
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("that hasn't fixed it")]
    [InlineData("not solved")]
    [InlineData("it isnt resolved")]
    public async Task TipsAnswer_NegatedFixed_GoesOn(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }
}
