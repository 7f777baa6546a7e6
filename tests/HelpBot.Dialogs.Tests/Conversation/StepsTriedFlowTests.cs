using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>How a new answer about the steps tried replaces the earlier one in the draft.</summary>
public sealed class StepsTriedFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task StepsTried_NewAnswerAfterBack()
    {
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("tried all three")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("back")
            .AssertAsks(ConversationPrompts.Field, "stepsTried", reply => Assert.Contains("Clear the browser's cache", reply.Text, StringComparison.Ordinal))
            .Send("Only restarted the computer")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Equal("Only restarted the computer", StepsSection(draft));
    }

    [Fact]
    public async Task StepsTried_KeepPrefill_ListsEachTipOnce()
    {
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("cleared the cache twice")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("back")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Equal("Clear the browser's cache; cleared the cache twice", StepsSection(draft));
    }

    [Fact]
    public async Task TipsCard_UntickedAfterBack()
    {
        var firstSubmit = new Activity();
        var secondSubmit = new Activity();
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips, check: reply => firstSubmit.Value = TipsSubmit(reply, "sign-out-refresh,clear-cache"))
            .Send(firstSubmit)
            .AssertAsks(ConversationPrompts.PageAddress).Send("back")
            .AssertAsks(ConversationPrompts.Tips, check: reply =>
            {
                Assert.Equal("sign-out-refresh,clear-cache", TickedTips(reply));
                secondSubmit.Value = TipsSubmit(reply, "");
            })
            .Send(secondSubmit)
            .AssertAsks(ConversationPrompts.PageAddress).Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("Restarted the computer")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Equal("Restarted the computer", StepsSection(draft));
    }

    [Fact]
    public async Task TipsCard_UnknownTipIds_Dropped()
    {
        var submit = new Activity();
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips, check: reply => submit.Value = TipsSubmit(reply, "other-browser,nonsense-tip,try-another-browser"))
            .Send(submit)
            .AssertAsks(ConversationPrompts.PageAddress).Send(PageUrl)
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Equal("Try another browser", StepsSection(draft));
        Assert.DoesNotContain("nonsense-tip", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("try-another-browser", draft, StringComparison.Ordinal);
    }

    // The body of the draft's "Steps already tried" section, which is one line.
    private static string StepsSection(string? draft)
    {
        Assert.NotNull(draft);
        var lines = draft.Split('\n');
        var heading = Array.IndexOf(lines, "Steps already tried:");
        Assert.True(heading >= 0, "The draft has no steps-tried section.");
        return lines[heading + 1];
    }

    private static JsonElement TipsSubmit(Activity reply, string ticked) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["promptId"] = PrivacyReviewFlow.ReadPromptId(reply),
        ["action"] = "stillBroken",
        ["tipsTried"] = ticked,
    });

    private static string? TickedTips(Activity reply)
    {
        var card = JsonNode.Parse(reply.Attachments!.Single().Content!.Value.GetRawText())!;
        var input = card["body"]!.AsArray().Single(element => element?["id"]?.GetValue<string>() == "tipsTried")!;
        return input["value"]?.GetValue<string>();
    }
}
