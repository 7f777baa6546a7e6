using System.Text.Json.Nodes;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The main menu: report a problem, check a ticket, help topics, by button, number or words.
/// Anything else of at least <see cref="MinDescriptionWords"/> words is taken as a problem
/// description. A CBMS user reports through the county's help desk, so their menu offers tickets, help
/// topics and "I don't work in CBMS" instead. Result: <c>{"choice": "...", "text": "..."}</c> with a
/// <see cref="MenuChoices"/> value.
/// </summary>
public sealed class MenuPrompt() : Prompt<JsonObject, PromptOptions>(DialogIds.MenuPrompt)
{
    /// <summary>Shortest typed text, in words, that is read as a problem description.</summary>
    public const int MinDescriptionWords = 3;

    private const string MenuText =
        "What would you like to do?\n\n1. Report a problem with PEAK or Connect for Health Colorado\n2. Check a ticket\n3. Help topics\n\n" +
        "Type a number, or just describe the problem in your own words.";

    private const string CbmsMenuChoices = "What would you like to do?\n\n1. Check a ticket\n2. Help topics\n\n";

    private const string CbmsNote = "As a CBMS user, report PEAK and CBMS problems through your county's or agency's CBMS help desk.";

    private const string NotCbmsHint = "If you do not work in CBMS, type 'I don't work in CBMS' to report a problem here.";

    /// <summary>Title of the CBMS menu's button that sends <see cref="HelpBotDialogHooks.NotCbmsCommand"/>.</summary>
    public const string NotCbmsButtonTitle = "I don't work in CBMS";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptId = instance.GetPromptId() ?? "";
        // Right after the CBMS message, which contains the same note, the CBMS menu leaves it out.
        var activity = IsCbmsUser(dc) ? CbmsMenu(promptId, withNote: !ConversationMessages.CbmsPathSent(dc.Turn)) : Menu(promptId);
        return dc.Turn.SendActivityAsync(activity.WithMarker(new HelpBotMarker { Prompt = ConversationPrompts.Menu }), cancellationToken);
    }

    private static Activity Menu(string promptId)
    {
        var card = new AdaptiveCard()
            .WithBody(new TextBlock("What would you like to do?"))
            .WithActions(
                Button("Report a problem", MenuChoices.Report, promptId),
                Button("Check a ticket", MenuChoices.Tickets, promptId),
                Button("Help topics", MenuChoices.HelpTopics, promptId))
            .WithFallbackText(MenuText);
        return Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), MenuText);
    }

    private static Activity CbmsMenu(string promptId, bool withNote)
    {
        // Right after the CBMS message, which ends with the same hint, the menu leaves out both the note and the hint.
        var text = withNote ? $"{CbmsMenuChoices}{CbmsNote} {NotCbmsHint}" : CbmsMenuChoices.TrimEnd();
        var card = new AdaptiveCard()
            .WithBody(withNote ? [new TextBlock("What would you like to do?"), new TextBlock(CbmsNote)] : [new TextBlock("What would you like to do?")])
            .WithActions(
                Button("Check a ticket", MenuChoices.Tickets, promptId),
                Button("Help topics", MenuChoices.HelpTopics, promptId),
                new SubmitAction(NotCbmsButtonTitle, new SubmitData { PromptId = promptId, Command = HelpBotDialogHooks.NotCbmsCommand }))
            .WithFallbackText(text);
        return Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), text);
    }

    private static bool IsCbmsUser(DialogContext dc) => dc.Turn.GetProfile().CbmsUser == true;

    protected override string? GetDefaultHelpText(PromptOptions options) =>
        "Pick 1 to report a problem, 2 to see the tickets you logged, or 3 for help topics (PII and PHI, " +
        "encrypting e-mail, screenshots, telling the systems apart). You can also describe the problem right away.";

    protected override void PrepareOptions(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        if (IsCbmsUser(dc))
        {
            options.HelpText ??=
                "Pick 1 to see the tickets you logged or 2 for help topics (PII and PHI, encrypting e-mail, screenshots, " +
                "telling the systems apart). If you do not work in CBMS, type 'I don't work in CBMS' to report problems here.";
        }
    }

    protected override Task<PromptRecognizerResult<JsonObject>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Turn.Activity;
        var normalized = TypedAnswers.Normalize(activity);
        var cbmsUser = IsCbmsUser(dc);
        var choice = TypedAnswers.ReadAction(activity) ?? (cbmsUser ? RecognizeForCbmsUser(normalized) : Recognize(normalized));
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

        return Task.FromResult(PromptRecognition.Failure<JsonObject>(cbmsUser
            ? "I didn't catch that. Type 1 or 2, or press a button."
            : "I didn't catch that. Type 1, 2 or 3, press a button, or describe the problem in a sentence."));
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

    /// <summary>
    /// Returns the choice typed words pick on a CBMS user's menu, whose numbers are 1 for tickets and 2 for help
    /// topics. Report words still pick <see cref="MenuChoices.Report"/>, which sends a CBMS user the message on where to report.
    /// </summary>
    public static string? RecognizeForCbmsUser(string normalized) => normalized switch
    {
        "1" => MenuChoices.Tickets,
        "2" => MenuChoices.HelpTopics,
        "3" => null,
        _ => Recognize(normalized),
    };

    private static SubmitAction Button(string title, string action, string promptId) =>
        new(title, new SubmitData { PromptId = promptId, Action = action });
}
