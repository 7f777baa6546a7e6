using System.Text.Json;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>How typed tip replies, in the first message and in reply to the tips step, move the conversation on.</summary>
public sealed class TipsAnswerFlowTests
{
    private const string FirstConversationMessage = "Client's renewal upload on PEAK keeps failing with \"try again later\". Case 1B00000.";
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/document-upload";

    [Fact]
    public async Task FirstConversation_TriedAllThree_AsksPageAddress()
    {
        await ConversationFlow.Create().Onboard()
            .Send(FirstConversationMessage)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("1", "sign-out-refresh")]
    [InlineData("1 and 3", "sign-out-refresh,other-browser")]
    [InlineData("1,2", "sign-out-refresh,clear-cache")]
    [InlineData("tip 1", "sign-out-refresh")]
    [InlineData("the first one", "sign-out-refresh")]
    [InlineData("first and third", "sign-out-refresh,other-browser")]
    [InlineData("tips two and three", "clear-cache,other-browser")]
    [InlineData("yes, the second one", "clear-cache")]
    [InlineData("all", "sign-out-refresh,clear-cache,other-browser")]
    [InlineData("none", "")]
    [InlineData("2", "clear-cache")]
    public async Task TipsAnswer_TipsNamed_RecordedAndReportGoesOn(string answer, string expected)
    {
        var storage = new HelpBot.Runtime.Storage.MemoryStorage();
        await ConversationFlow.Create(storage).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();

        var state = await storage.ReadAsync([HelpBot.Runtime.State.StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        var json = System.Text.Json.Nodes.JsonNode.Parse(state.Values.Single().Json.Span)!;
        var tried = json["report"]!["report"]!["tipsTried"]!.AsArray().Select(tip => tip!.GetValue<string>());
        Assert.Equal(expected, string.Join(",", tried));
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("yes")]
    public async Task TipsAnswer_FixedThenBack_ReopensReport(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertSays(ConversationSteps.Fixed, reply => Assert.Contains("type 'back'", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Menu)
            .Send("back")
            .AssertReply(HelpBot.Dialogs.Conversation.HelpBotDialogHooks.ReopenedMessage)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("2")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Fact]
    public async Task TipsAnswer_AnsweredThenFixedAfterBack_BackAsksTipsAgain()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("1")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("back")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("that fixed it")
            .AssertSays(ConversationSteps.Fixed)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("back")
            .AssertReply(HelpBot.Dialogs.Conversation.HelpBotDialogHooks.ReopenedMessage)
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Fact]
    public async Task TipsAnswer_FixedThenOtherMessage_BackHasNothing()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("fixed")
            .AssertSays(ConversationSteps.Fixed)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("help topics")
            .AssertSays(ConversationSteps.HelpTopic)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("back")
            .AssertNextContains("nothing to go back to")
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task TrainingAnswered_ThenBack_ReportGoesOn()
    {
        await ConversationFlow.Create().Onboard()
            .Send("PEAK will not take the .heic file we upload").AssertAsks(ConversationPrompts.Training)
            .Send("yes")
            .AssertSays(ConversationSteps.Fixed)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("back")
            .AssertReply(HelpBot.Dialogs.Conversation.HelpBotDialogHooks.ReopenedMessage)
            .AssertAsks(ConversationPrompts.Tips, check: reply => Assert.Equal("technical", reply.GetMarker()!.Kind))
            .StartTestAsync();
    }

    [Fact]
    public async Task TipsAnswer_NotUnderstood_ReasksWithCompactCard()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("purple")
            .AssertAsks(ConversationPrompts.Tips, check: reply =>
            {
                Assert.DoesNotContain("First, try these quick fixes", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Tip 1:", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Save the application", reply.Text, StringComparison.Ordinal);
                Assert.True(reply.Text!.Split('\n').Length < 15, reply.Text);
                Assert.Null(ReadTicked(reply));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TipsCard_TypedOptions_NotNumbered()
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips, check: reply =>
            {
                Assert.DoesNotContain("1) That fixed it", reply.Text, StringComparison.Ordinal);
                Assert.Contains("'That fixed it'", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("tried all three")]
    [InlineData("still broken, tried all three")]
    [InlineData("Still broken. All 3.")]
    [InlineData("all of them")]
    [InlineData("all the tips")]
    [InlineData("everything")]
    [InlineData("still broken, tried them all")]
    [InlineData("did all of those")]
    [InlineData("signed out and back in, cleared the cache and used a different browser")]
    [InlineData("tried 1, 2 and 3")]
    public async Task TipsAnswer_AllTried_SkipsStepsTriedQuestion(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("still broken")]
    [InlineData("still broken, didn't try everything")]
    [InlineData("still broken, not all of them")]
    [InlineData("still broken, didn't try another browser")]
    [InlineData("still broken, tried 2 times")]
    public async Task TipsAnswer_NoTipTried_AsksStepsTried(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Client's renewal upload on PEAK keeps failing. Tried all three tips.")]
    [InlineData("Client's renewal upload on PEAK keeps failing. We tried everything.")]
    [InlineData("PEAK shows the error ERR-500 on the income page. Signed out and back in, cleared the cache, tried incognito.")]
    public async Task FirstMessage_AllTried_SkipsTipsStep(string message)
    {
        await ConversationFlow.Create().Onboard()
            .Send(message)
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("PEAK shows the error ERR-500. Cleared cache and tried another browser.", "clear-cache,other-browser")]
    [InlineData("PEAK shows the error ERR-500. We signed out and back in.", "sign-out-refresh")]
    [InlineData("PEAK shows the error ERR-500. Cleared the cache but didn't try another browser.", "clear-cache")]
    [InlineData("PEAK shows the error ERR-500. We haven't tried all three.", null)]
    [InlineData("PEAK shows the error ERR-500. Didn't try another browser.", null)]
    [InlineData("PEAK shows the error ERR-500 since 8/22. Tried 1 and 3.", null)]
    public async Task FirstMessage_NamedTips_ArePreTicked(string message, string? expected)
    {
        await ConversationFlow.Create().Onboard()
            .Send(message)
            .AssertAsks(ConversationPrompts.Tips, check: reply => Assert.Equal(expected, ReadTicked(reply)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("tried all three", "Sign out and back in", true)]
    [InlineData("tried all three", "Try another browser", true)]
    [InlineData("cleared the cache", "Clear the browser's cache", true)]
    [InlineData("cleared the cache", "Try another browser", false)]
    [InlineData("waited an hour, didn't try another browser", "Try another browser", false)]
    public async Task StepsTriedAnswer_NamedTips_ListedInDraft(string answer, string tipTitle, bool listed)
    {
        string? draftText = null;
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send(answer)
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        Assert.NotNull(draftText);
        Assert.Equal(listed, draftText.Contains(tipTitle, StringComparison.Ordinal));
    }

    // The value of the tips card's "tipsTried" input: the ids of the pre-ticked tips, comma-separated.
    internal static string? ReadTicked(Activity reply)
    {
        var card = reply.Attachments!.Single().Content!.Value;
        var input = FindInput(card, "tipsTried");
        Assert.True(input.HasValue, "The tips card has no tipsTried input.");
        return input.Value.TryGetProperty("value", out var value) ? value.GetString() : null;
    }

    private static JsonElement? FindInput(JsonElement element, string id)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == id)
            {
                return element;
            }

            return element.EnumerateObject().Select(property => FindInput(property.Value, id)).FirstOrDefault(match => match.HasValue);
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(item => FindInput(item, id)).FirstOrDefault(match => match.HasValue)
            : null;
    }
}
