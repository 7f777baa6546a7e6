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
    private const string FixedClose = "Glad that fixed it! If it comes back, just tell me what happens. If you meant to go on with the report, type 'back'.";
    private const string AnsweredClose = "Great, glad that answered it. If you meant to go on with the report, type 'back'.";

    // A pasted log is a problem report, even when a line in it contains a training topic's word ("timeout").
    [Fact]
    public async Task PastedLogWithTimeout_AsksTipsFirst()
    {
        var log = new System.Text.StringBuilder("PEAK shows an error on the income page, here is what the console printed:\n");
        for (var line = 0; log.Length < 23_000; line++)
        {
            log.Append("2026-08-31 10:15:").Append((line % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append(" INFO  [http-nio-8080-exec-").Append(line % 9).Append("] GET /peak/s/income 200 in 41 ms\n");
            if (line == 40)
            {
                log.Append("2026-08-31 10:16:40 WARN  [http-nio-8080-exec-3] upstream request timeout after 30000 ms\n");
            }
        }

        await ConversationFlow.Create().Onboard()
            .Send(log.ToString())
            .AssertAsks(ConversationPrompts.Tips, check: reply => Assert.Equal("technical", reply.GetMarker()!.Kind))
            .StartTestAsync();
    }

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
