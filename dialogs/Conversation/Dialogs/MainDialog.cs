using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.HelpTopics;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// The root dialog: the first-time questions when the profile is incomplete, then the offer to continue a
/// report left unfinished in another conversation (<see cref="ReportResumption"/>), then the main menu,
/// then whatever the user picked, and the menu again. Options: <c>{"text": "..."}</c> when the
/// user's first message already described a problem, which then starts a report at once.
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    /// <summary>Option that carries a problem description typed before the menu was shown.</summary>
    public const string TextOption = "text";

    /// <summary>Choice value of the resume offer that continues the unfinished report.</summary>
    public const string ContinueChoice = "continue";

    /// <summary>Choice value of the resume offer that deletes the unfinished report and goes on.</summary>
    public const string FreshChoice = "fresh";

    private const string ReportDoneKey = "reportDone";

    // The index of StartAsync, the step that starts a report with a description typed first.
    private const int StartStepIndex = 2;

    private readonly ConversationServices _services;
    private readonly ReportResumption _resumption;

    public MainDialog(ConversationServices services, ReportResumption resumption)
        : base(DialogIds.Main)
    {
        _services = services;
        _resumption = resumption;
        AddStep(OnboardAsync);
        AddStep(OfferResumeAsync);
        AddStep(StartAsync);
        AddStep(DispatchAsync);
        AddStep(LoopAsync);
    }

    private static Task<DialogTurnResult> OnboardAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Turn.GetProfile().IsComplete
            ? step.NextAsync(null, cancellationToken)
            : step.BeginDialogAsync(DialogIds.Onboarding, null, cancellationToken);

    // A report left unfinished in another conversation, as when a web chat reload after the token expired started
    // a new one, is offered before anything else. A CBMS user reports elsewhere, so gets no offer.
    private async Task<DialogTurnResult> OfferResumeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // "back" right after "Start fresh" reaches this step, and continues the report that was dropped.
        if (step.IsGoingBack && step.Turn.GetClosedReportDialogs() is not null
            && await HelpBotDialogHooks.ReopenClosedReportAsync(step.Context, cancellationToken) is { } reopened)
        {
            return reopened;
        }

        if (step.IsGoingBack || step.Turn.GetProfile().CbmsUser == true || step.Turn.GetReport().IsInProgress || step.Turn.GetResumeOffered()
            || await _resumption.FindAsync(step.Turn, step.Context.Options.StateKey, cancellationToken) is not { } found)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // Offered once per conversation, so "cancel" at the offer goes on to the menu instead of asking again.
        step.Turn.SetResumeOffered();
        var question = Reply.Text(ResumeMessages.Offer(found, _services, step.Turn))
            .WithMarker(Reply.Marker(step.Turn, prompt: ConversationPrompts.ResumeReport));
        return await step.PromptAsync(DialogIds.ResumeOfferPrompt, ChoiceOptions.Of(question, ResumeMessages.Help,
            new Choice(ContinueChoice, "Continue it", "continue", "resume", "yes", "continue the report", "pick up where i left off"),
            new Choice(FreshChoice, "Start fresh", "start fresh", "fresh", "new", "new report", "no", "start a new report")), cancellationToken);
    }

    // Returns null when the user did not answer the resume offer in this step, or chose to start fresh.
    private async Task<DialogTurnResult?> ApplyResumeChoiceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = ChoiceOptions.ValueOf(step.Result);
        if (choice is null || await _resumption.FindAsync(step.Turn, step.Context.Options.StateKey, cancellationToken) is not { } found)
        {
            return null;
        }

        if (choice == FreshChoice)
        {
            // Dropping the earlier report can be undone: "back" as the next message continues it.
            await _resumption.DiscardAsync(step.Turn, found, cancellationToken);
            step.Turn.SetClosedReport(found.Report, found.DialogState);
            await step.Turn.SendActivityAsync(Reply.Text(ResumeMessages.Dropped).WithMarker(Reply.Marker(step.Turn)), cancellationToken);
            return null;
        }

        // The restored stack replaces this dialog, so the question it was on is asked again.
        await _resumption.RestoreAsync(step.Context, found, cancellationToken);
        var resumed = step.Turn.HasPendingDescription() ? $"{ResumeMessages.Resumed} {ResumeMessages.DescriptionAfterwards}" : ResumeMessages.Resumed;
        await Reply.SendStepAsync(step.Turn, ConversationSteps.ReportResumed, resumed, cancellationToken);
        await step.Context.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await ApplyResumeChoiceAsync(step, cancellationToken) is { } resumed)
        {
            return resumed;
        }

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
        if (text is not null && step.Index == StartStepIndex && !step.IsGoingBack)
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

            await ConversationMessages.SendCbmsPathAsync(step.Turn, cancellationToken);
            return await step.NextAsync(new JsonObject { [ReportDoneKey] = true }, cancellationToken);
        }

        var options = text is null ? null : new JsonObject { [ReportDialog.TextOption] = text };
        return await step.BeginDialogAsync(DialogIds.Report, options, cancellationToken);
    }
}
