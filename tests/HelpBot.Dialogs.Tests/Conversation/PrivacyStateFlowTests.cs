using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using static HelpBot.Dialogs.Tests.Conversation.PrivacyReviewFlow;

namespace HelpBot.Dialogs.Tests.Conversation;

// What the conversation state and the questions hold once the PII check has found something.
public sealed class PrivacyStateFlowTests
{
    private const string Ssn = "219-09-9999";
    private const string Password = "Sunny#2024";
    private const string Description =
        "PEAK shows the error ERR-500 on the income page. The client's SSN is " + Ssn + " and I typed password: " + Password + " there.";

    // The flagged age "35" also occurs in a time, an error code and a case number, which must stay as typed.
    private const string WithShortAge =
        "PEAK shows the error ERR-35 on the income page at 10:35. The client is 35 years old, SSN " + Ssn + ". Case 1B0000035.";
    private const string ShortAgeRemoved =
        "PEAK shows the error ERR-35 on the income page at 10:35. The client is [AGE] years old, SSN [SSN]. Case 1B0000035.";

    // A first message whose description the user replaces, so its SSN and password reach no checked field.
    private const string ThinMessage =
        "PEAK showed an error on the income page but I didn't write it down. The client's SSN is " + Ssn + " and I typed password: " + Password + " there.";

    [Fact]
    public async Task RemoveAll_StateHoldsNoRawText()
    {
        var storage = new MemoryStorage();
        await StartReview(Description, storage: storage)
            .Send("remove")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Ssn, state, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepAll_StateHoldsNoPassword()
    {
        var storage = new MemoryStorage();
        await StartReview(Description, storage: storage)
            .Send("keep")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackFromReview_FieldShowsPlaceholders()
    {
        await StartReview("PEAK shows the error ERR-500 on the income page.", screenshot: "scan of the card for SSN " + Ssn + ".png")
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "screenshot", check: reply =>
            {
                Assert.DoesNotContain(Ssn, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(Ssn, reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RemoveAll_ShortAge_StaysInOtherNumbers()
    {
        var storage = new MemoryStorage();
        string? draft = null;
        await StartShortAgeReview(storage)
            .Send("remove")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains(ShortAgeRemoved, draft, StringComparison.Ordinal);
        Assert.Contains("1B0000035", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(Ssn, draft, StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(await ReadStateAsync(storage))!["report"]);
    }

    [Fact]
    public async Task EditDescription_DialogStateCopies_ScrubbedExactly()
    {
        var storage = new MemoryStorage();
        await StartShortAgeReview(storage)
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("PEAK shows the error ERR-35 on the income page. Call the office at 303-555-0100.")
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var state = JsonNode.Parse(await ReadStateAsync(storage))!;
        var stack = state["dialogState"]!["stack"]!.AsArray();
        var report = stack.Single(dialog => dialog!["id"]!.GetValue<string>() == "helpbot.report")!;
        var main = stack.Single(dialog => dialog!["id"]!.GetValue<string>() == "helpbot.main")!;
        Assert.Equal(ShortAgeRemoved, state["report"]!["message"]!.GetValue<string>());
        Assert.Equal(ShortAgeRemoved, report["state"]!["options"]!["text"]!.GetValue<string>());
        Assert.Equal(ShortAgeRemoved, main["state"]!["history"]!.AsArray().Last()!["input"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(Ssn, state.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leftover_NothingFound_NoRawText()
    {
        var storage = new MemoryStorage();
        await StartThinReport(storage, "Clicking Submit on the Income page shows 'Unexpected error' every time.")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Ssn, state, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(state)!["report"]);
    }

    [Fact]
    public async Task Leftover_KeepAll_NoRawText()
    {
        var storage = new MemoryStorage();
        await StartThinReport(storage, "Clicking Submit on the Income page shows 'Unexpected error' for dana.testperson@example.org.")
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("keep")
            .AssertSays(ConversationSteps.Draft, reply => Assert.Contains("dana.testperson@example.org", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Ssn, state, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(state)!["report"]);
    }

    // The time and the case number come from the first message, so those questions are not asked.
    private static TestFlow StartShortAgeReview(MemoryStorage storage) =>
        ConversationFlow.Create(storage).Onboard()
            .Send(WithShortAge).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("Signed out and back in")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertAsks(ConversationPrompts.PiiReview);

    // The description question comes first, because the message keeps no error text. The card's answer
    // replaces the whole description.
    private static TestFlow StartThinReport(MemoryStorage storage, string newDescription)
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        return ConversationFlow.Create(storage).Onboard()
            .Send(ThinMessage).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "description", check: reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = FieldCards.SubmitAction,
                ["description"] = newDescription,
            }))
            .Send(submit)
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("Signed out and back in")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none");
    }
}
