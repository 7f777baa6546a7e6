using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Step 1: the troubleshooting tips (<see cref="TipsCard"/>) with the ones the report names as
/// tried already ticked, and "That fixed it" and "Still broken". Typed answers: "fixed", "still broken",
/// the tips tried by number ("1", "1 and 3", "tip 2"), by position ("the first one"), by words ("cleared
/// the cache") or all at once ("all", "everything"), read by <see cref="TipsAnswerReader.Read"/>. An answer
/// asked again gets the compact card. Result: <c>{"fixed": bool, "tips": [ids]}</c>.
/// </summary>
public sealed class TipsPrompt(DeskAidContent content) : Prompt<JsonObject, PromptOptions>(DialogIds.TipsPrompt)
{
    /// <summary>Older action name for "That fixed it", still accepted.</summary>
    public const string FixedAction = "fixed";

    /// <summary>Older action name for "Still not working", still accepted.</summary>
    public const string NotFixedAction = "notFixed";

    // "no idea" starts like a still-broken answer, so unsure answers are read before the status.
    private const string UnsureReply =
        "To find out, try once more what failed before. If it works now, type 'fixed'. If the same problem happens, type 'still broken' " +
        "(you can add the tips you tried, such as 'still broken, tried 1 and 3').";

    private const string TypedHint =
        "Did that fix it? Type 'fixed' or 'still broken' (add the tips you tried, such as 'still broken, tried 1 and 3' or 'tried all three').";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var tried = dc.Turn.GetReport().Report.TipsTried;
        var step = TipsCard.Build(instance.GetPromptId() ?? "", content.Tips, tried, compact: isRetry);
        var text = isRetry ? step.PlainText : $"{step.PlainText}\n\n{TypedHint}";
        var activity = Reply.Card(AdaptiveCardAttachment.ToJsonElement(step.Card), text)
            .WithMarker(Reply.Marker(dc.Turn, prompt: ConversationPrompts.Tips));
        return dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    protected override string? GetDefaultHelpText(PromptOptions options) =>
        "These three steps fix many problems on their own. Try the ones not ticked, then tell me whether the problem is gone: " +
        "type 'fixed' or 'still broken'. You can also type which tips you tried, such as 'tried 1 and 3', 'cleared the cache' or 'tried all three'.";

    protected override Task<PromptRecognizerResult<JsonObject>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Turn.Activity;
        var action = TypedAnswers.ReadAction(activity);
        if (action is null && UnsureWords.Matches(TypedAnswers.Normalize(activity)))
        {
            return Task.FromResult(PromptRecognition.Failure<JsonObject>(UnsureReply));
        }

        var state = dc.Turn.GetReport();
        var result = action is not null
            ? FromCard(activity, action)
            : FromText(activity, state.Report.TipsTried, state.TipsAnswered);
        return Task.FromResult(result is null
            ? PromptRecognition.Failure<JsonObject>("Please tell me whether the tips fixed it: type 'fixed' or 'still broken' (you can add the tips you tried, such as 'tried 1 and 3' or 'tried all three').")
            : PromptRecognition.Success(result));
    }

    protected override JsonNode? ToResult(JsonObject value) => value;

    // A submit can carry any text as the ticked tips, so only ids of the content's tips are kept. The draft and
    // the checklist show a tip by its title, which an unknown id does not have.
    private JsonObject? FromCard(Activity activity, string action)
    {
        var fixedIt = action is CardActionNames.TipsFixed or FixedAction;
        if (!fixedIt && action is not (CardActionNames.StillBroken or NotFixedAction))
        {
            return null;
        }

        var tips = (TypedAnswers.ReadValueString(activity, TipsCard.TipsTriedInputId) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(id => content.Tips.Exists(tip => tip.Id == id))
            .Distinct(StringComparer.Ordinal);
        return Result(fixedIt, tips);
    }

    // Reads both halves of a typed answer ("still broken, tried all three", "fixed it after clearing
    // the cache") with TipsAnswerReader. The first answer's tips add to those the first message named. Asked
    // again after "back", an answer that names tips replaces the earlier answer's, as the card's ticks do, and
    // one that names none keeps them.
    private JsonObject? FromText(Activity activity, List<string> alreadyTried, bool answeredBefore)
    {
        var answer = TipsAnswerReader.Read(activity.Text ?? "", [.. content.Tips.Select(tip => tip.Id)]);
        var tips = answeredBefore && answer.TipsTried.Count > 0
            ? answer.TipsTried.Distinct(StringComparer.Ordinal)
            : alreadyTried.Concat(answer.TipsTried).Distinct(StringComparer.Ordinal);
        return answer.Fixed is { } fixedIt ? Result(fixedIt, tips) : null;
    }

    private static JsonObject Result(bool fixedIt, IEnumerable<string> tips) => new()
    {
        ["fixed"] = fixedIt,
        ["tips"] = new JsonArray([.. tips.Select(t => (JsonNode)JsonValue.Create(t))]),
    };
}
