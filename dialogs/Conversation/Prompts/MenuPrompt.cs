using System.Text.Json.Nodes;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The main menu: report a problem, check a ticket, help topics, by button, number or words.
/// Anything else of at least <see cref="MinDescriptionWords"/> words is taken as a problem
/// description. Result: <c>{"choice": "...", "text": "..."}</c> with a <see cref="MenuChoices"/> value.
/// </summary>
public sealed class MenuPrompt() : Prompt<JsonObject, PromptOptions>(DialogIds.MenuPrompt)
{
    /// <summary>Shortest typed text, in words, that is read as a problem description.</summary>
    public const int MinDescriptionWords = 3;

    private const string MenuText =
        "What would you like to do?\n\n1. Report a problem with PEAK or Connect for Health Colorado\n2. Check a ticket\n3. Help topics\n\n" +
        "Type a number, or just describe the problem in your own words.";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptId = instance.GetPromptId() ?? "";
        var card = new AdaptiveCard()
            .WithBody(new TextBlock("What would you like to do?"))
            .WithActions(
                Button("Report a problem", MenuChoices.Report, promptId),
                Button("Check a ticket", MenuChoices.Tickets, promptId),
                Button("Help topics", MenuChoices.HelpTopics, promptId))
            .WithFallbackText(MenuText);
        var activity = Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), MenuText)
            .WithMarker(new HelpBotMarker { Prompt = ConversationPrompts.Menu });
        return dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    protected override string? GetDefaultHelpText(PromptOptions options) =>
        "Pick 1 to report a problem, 2 to see the tickets you logged, or 3 for help topics (PII and PHI, " +
        "encrypting e-mail, screenshots, telling the systems apart). You can also describe the problem right away.";

    protected override Task<PromptRecognizerResult<JsonObject>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Turn.Activity;
        var choice = TypedAnswers.ReadAction(activity) ?? Recognize(TypedAnswers.Normalize(activity));
        if (choice is not null)
        {
            return Task.FromResult(PromptRecognition.Success(new JsonObject { ["choice"] = choice }));
        }

        // Words are counted after normalizing, so emoji and punctuation alone ("🙂 🙂 🙂") are no description.
        var text = activity.Text?.Trim() ?? "";
        if (TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinDescriptionWords)
        {
            return Task.FromResult(PromptRecognition.Success(new JsonObject { ["choice"] = MenuChoices.Describe, ["text"] = text }));
        }

        return Task.FromResult(PromptRecognition.Failure<JsonObject>(
            "I didn't catch that. Type 1, 2 or 3, press a button, or describe the problem in a sentence."));
    }

    protected override JsonNode? ToResult(JsonObject value) => value;

    /// <summary>Returns the menu choice typed words pick, or null.</summary>
    public static string? Recognize(string normalized) => normalized switch
    {
        "1" or "report" or "report a problem" or "report problem" or "report an issue" or "a problem" => MenuChoices.Report,
        "2" or "check a ticket" or "check ticket" or "tickets" or "ticket" or "my tickets" => MenuChoices.Tickets,
        "3" or "help topics" or "topics" or "help topic" => MenuChoices.HelpTopics,
        _ => null,
    };

    private static SubmitAction Button(string title, string action, string promptId) =>
        new(title, new SubmitData { PromptId = promptId, Action = action });
}
