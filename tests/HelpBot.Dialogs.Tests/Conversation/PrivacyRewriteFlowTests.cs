using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Privacy;
using HelpBot.Protocol.Models;
using HelpBot.Testing;
using static HelpBot.Dialogs.Tests.Conversation.PrivacyReviewFlow;

namespace HelpBot.Dialogs.Tests.Conversation;

// "Edit description" in the PII review: the description is asked again with placeholders in place of
// the findings, and neither the question's text nor its card contains a flagged value.
public sealed class PrivacyRewriteFlowTests
{
    private const string Ssn = "219-09-9999";
    private const string Phone = "303-555-0142";
    private const string Description =
        "When I press Submit on the income page PEAK shows the error ERR-500. The client's SSN is " + Ssn + " and her phone is " + Phone + ".";

    // Parts of the fake values, so a partly shown value fails the checks too.
    private static readonly string[] FlaggedParts = [Ssn, "219-09", "9999", Phone, "555-0142", "0142"];

    [Fact]
    public async Task EditDescription_Question_ShowsPlaceholders()
    {
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description", check: reply =>
            {
                var text = reply.Text ?? "";
                Assert.Contains("[SSN]", text, StringComparison.Ordinal);
                Assert.Contains("[PHONE]", text, StringComparison.Ordinal);
                Assert.Contains(FieldQuestionActivity.PlaceholderNote, text, StringComparison.Ordinal);
                AssertNoFlaggedValue(text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task EditDescription_Card_PrefillsPlaceholders()
    {
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description", check: reply =>
            {
                var prefilled = ReadInputValue(reply, "description");
                Assert.Contains("[SSN]", prefilled, StringComparison.Ordinal);
                Assert.Contains("[PHONE]", prefilled, StringComparison.Ordinal);
                Assert.Contains("ERR-500", prefilled, StringComparison.Ordinal);
                AssertNoFlaggedValue(prefilled);

                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.Contains(FieldQuestionActivity.PlaceholderNote, card, StringComparison.Ordinal);
                AssertNoFlaggedValue(card);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task EditDescription_CleanText_GoesToDraft()
    {
        string? draft = null;
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("When I press Submit on the income page PEAK shows the error ERR-500 for every client.")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("for every client", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("[SSN]", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("[PHONE]", draft, StringComparison.Ordinal);
        AssertNoFlaggedValue(draft ?? "");
    }

    [Fact]
    public async Task EditDescription_TypedKeep_UsesPlaceholderText()
    {
        string? draft = null;
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("keep")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("The client's SSN is [SSN] and her phone is [PHONE].", draft, StringComparison.Ordinal);
        AssertNoFlaggedValue(draft ?? "");
    }

    [Fact]
    public async Task EditDescription_CardSubmitPrefilled_UsesPlaceholderText()
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        string? draft = null;
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description", check: reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = FieldCards.SubmitAction,
                ["description"] = ReadInputValue(reply, "description"),
            }))
            .Send(submit)
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("The client's SSN is [SSN] and her phone is [PHONE].", draft, StringComparison.Ordinal);
        AssertNoFlaggedValue(draft ?? "");
    }

    [Fact]
    public async Task EditDescription_InvalidAnswer_AsksAgainWithPlaceholders()
    {
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("broken")
            .AssertAsks(ConversationPrompts.Field, "description", check: reply =>
            {
                Assert.Contains("[SSN]", reply.Text, StringComparison.Ordinal);
                AssertNoFlaggedValue(reply.Text ?? "");
                AssertNoFlaggedValue(ReadInputValue(reply, "description"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task EditDescription_NewTextWithPhone_ReviewsAgain()
    {
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("When I press Submit on the income page PEAK shows the error ERR-500. Call her at 303-555-0100.")
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
                Assert.Contains(PiiCategories.PhoneNumber, reply.GetMarker()!.PiiCategories!))
            .StartTestAsync();
    }

    [Fact]
    public async Task FieldAskedInNormalFlow_ShowsReportText()
    {
        await ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page", check: reply =>
            {
                var prefilled = ReadInputValue(reply, "page");
                Assert.Contains("I have: " + prefilled, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(FieldQuestionActivity.PlaceholderNote, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(FieldQuestionActivity.PlaceholderNote, reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static void AssertNoFlaggedValue(string text)
    {
        foreach (var part in FlaggedParts)
        {
            Assert.DoesNotContain(part, text, StringComparison.Ordinal);
        }
    }

    private static TestFlow StartReview() =>
        PrivacyReviewFlow.StartReview(Description, reply =>
        {
            Assert.Contains(PiiCategories.USSocialSecurityNumber, reply.GetMarker()!.PiiCategories!);
            Assert.Contains(PiiCategories.PhoneNumber, reply.GetMarker()!.PiiCategories!);
        });
}
