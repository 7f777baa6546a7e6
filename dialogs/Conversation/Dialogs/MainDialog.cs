using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.HelpTopics;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Waterfall;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// The root dialog: the first-time questions when the profile is incomplete, then the main menu,
/// then whatever the user picked, and the menu again. Options: <c>{"text": "..."}</c> when the
/// user's first message already described a problem, which then starts a report at once.
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    /// <summary>Option that carries a problem description typed before the menu was shown.</summary>
    public const string TextOption = "text";

    private const string ReportDoneKey = "reportDone";
    private readonly ConversationServices _services;

    public MainDialog(ConversationServices services)
        : base(DialogIds.Main)
    {
        _services = services;
        AddStep(OnboardAsync);
        AddStep(StartAsync);
        AddStep(DispatchAsync);
        AddStep(LoopAsync);
    }

    private static Task<DialogTurnResult> OnboardAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Turn.GetProfile().IsComplete
            ? step.NextAsync(null, cancellationToken)
            : step.BeginDialogAsync(DialogIds.Onboarding, null, cancellationToken);

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Options?[TextOption]?.GetValue<string>();
        step.Options?.AsObject().Remove(TextOption);
        if (step.Turn.GetProfile().CbmsUser == true)
        {
            // A CBMS user reports elsewhere, so a description typed first is kept for the report that
            // starts after "I don't work in CBMS" or "change my answers".
            if (text is not null)
            {
                step.Turn.SetPendingDescription(text);
            }

            return await step.PromptAsync(DialogIds.MenuPrompt, new Engine.Prompts.PromptOptions(), cancellationToken);
        }

        text ??= step.Turn.TakePendingDescription();
        if (text is not null && step.Index == 1 && !step.IsGoingBack)
        {
            return await StartReportAsync(step, text, cancellationToken);
        }

        return await step.PromptAsync(DialogIds.MenuPrompt, new Engine.Prompts.PromptOptions(), cancellationToken);
    }

    private async Task<DialogTurnResult> DispatchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = step.Result?["choice"]?.GetValue<string>();
        switch (choice)
        {
            case MenuChoices.Report:
                return await StartReportAsync(step, null, cancellationToken);
            case MenuChoices.Describe:
                return await StartReportAsync(step, step.Result!["text"]!.GetValue<string>(), cancellationToken);
            case MenuChoices.Tickets:
                await TicketReplies.SendListAsync(step.Turn, _services, cancellationToken);
                break;
            case MenuChoices.HelpTopics:
                await HelpTopicReplies.SendListAsync(step.Turn, _services.Content, cancellationToken);
                break;
        }

        return await step.NextAsync(null, cancellationToken);
    }

    // Shows the menu again by starting this dialog over; the profile is complete by now.
    // A finished report is dropped here, so its text is not kept and its system and kind do not mark the
    // replies that follow. The draft and the ticket are stored apart from it.
    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.ClearReport();
        return step.ReplaceDialogAsync(DialogIds.Main, new JsonObject(), cancellationToken);
    }

    private async Task<DialogTurnResult> StartReportAsync(WaterfallStepContext step, string? text, CancellationToken cancellationToken)
    {
        if (step.Turn.GetProfile().CbmsUser == true)
        {
            // Kept like a first message's description, for the report that starts after "I don't work in CBMS".
            if (text is not null)
            {
                step.Turn.SetPendingDescription(text);
            }

            await Reply.SendStepAsync(step.Turn, ConversationSteps.CbmsPath, ConversationMessages.CbmsPath, cancellationToken);
            return await step.NextAsync(new JsonObject { [ReportDoneKey] = true }, cancellationToken);
        }

        var options = text is null ? null : new JsonObject { [ReportDialog.TextOption] = text };
        return await step.BeginDialogAsync(DialogIds.Report, options, cancellationToken);
    }
}
