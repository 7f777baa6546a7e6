using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// The set-up the PII review flow tests share: a PEAK report from the first message to the review card,
/// and readers for the cards and the stored conversation state.
/// </summary>
internal static class PrivacyReviewFlow
{
    public const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    /// <summary>
    /// Reports <paramref name="description"/> as the first message of a PEAK report, answers every field
    /// question (the screenshot question with <paramref name="screenshot"/>) and expects the review card,
    /// which <paramref name="check"/> inspects. <paramref name="middleware"/> runs around each turn's handler.
    /// </summary>
    public static TestFlow StartReview(
        string description, Action<Activity>? check = null, MemoryStorage? storage = null, string screenshot = "none", IMiddleware? middleware = null) =>
        ConversationFlow.Create(storage, middleware: middleware).Onboard()
            .Send(description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AnswerPeakFieldsUpToScreenshot().Send(screenshot)
            .AssertAsks(ConversationPrompts.PiiReview, check: check);

    /// <summary>Returns the text of the draft the flow ends with, after <paramref name="answer"/> replied to the review.</summary>
    public static async Task<string> RunToDraftAsync(string description, Func<TestFlow, TestFlow> answer)
    {
        string? draft = null;
        await answer(StartReview(description))
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();
        return draft ?? "";
    }

    /// <summary>Returns the stored conversation state of the test conversation as JSON text.</summary>
    public static async Task<string> ReadStateAsync(MemoryStorage storage)
    {
        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        return Encoding.UTF8.GetString(state.Values.Single().Json.Span);
    }

    /// <summary>Returns the value the card of <paramref name="reply"/> prefills in input <paramref name="inputId"/>.</summary>
    public static string ReadInputValue(Activity reply, string inputId)
    {
        var card = JsonNode.Parse(reply.Attachments!.Single().Content!.Value.GetRawText())!;
        var input = card["body"]!.AsArray().Single(element => element?["id"]?.GetValue<string>() == inputId)!;
        return input["value"]!.GetValue<string>();
    }

    /// <summary>Returns the prompt id the card of <paramref name="reply"/> submits.</summary>
    public static string ReadPromptId(Activity reply)
    {
        var card = JsonNode.Parse(reply.Attachments!.Single().Content!.Value.GetRawText())!;
        return FindPromptId(card) ?? throw new InvalidOperationException("The card has no prompt id.");
    }

    private static string? FindPromptId(JsonNode? node) => node switch
    {
        JsonObject obj when obj["promptId"] is JsonValue id => id.GetValue<string>(),
        JsonObject obj => obj.Select(p => FindPromptId(p.Value)).FirstOrDefault(id => id is not null),
        JsonArray array => array.Select(FindPromptId).FirstOrDefault(id => id is not null),
        _ => null,
    };
}
