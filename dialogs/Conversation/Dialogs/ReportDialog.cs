using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// A problem report from the description to the system's own steps: reads the description with the
/// report extractor, answers training questions and reports that go elsewhere, runs the
/// troubleshooting tips (step 1), decides the system (step 2), then hands over to the PEAK or the
/// Connect for Health Colorado dialog. Options: <c>{"text": "..."}</c> when the description is known.
/// </summary>
public sealed class ReportDialog : WaterfallDialog
{
    public const string TextOption = "text";

    private readonly ConversationServices _services;

    public ReportDialog(ConversationServices services)
        : base(DialogIds.Report)
    {
        _services = services;
        AddStep(DescribeAsync);
        AddStep(ClassifyAsync);
        AddStep(TipsAsync);
        AddStep(SystemAsync);
        AddStep(BranchAsync);
        AddStep(EndAsync);
    }

    /// <summary>
    /// Returns true when an earlier question can be shown again. A report that began with the user's message
    /// skipped the description question, so "back" at its first question shows that question, prefilled.
    /// </summary>
    public override bool CanGoBack(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return base.CanGoBack(instance) || (BeganWithText(instance) && WaitedSteps(instance) == 1);
    }

    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return base.CanGoBack(dc.ActiveDialog!)
            ? base.GoBackAsync(dc, cancellationToken)
            : GoBackToStepAsync(dc, 0, cancellationToken);
    }

    private static bool BeganWithText(DialogInstance instance) => instance.State[WaterfallStateKeys.Options]?[TextOption] is not null;

    // Going back from the first question shows the description question with the report's description, so
    // the user can keep or correct it. The reply is then read again from the start.
    private static Task<DialogTurnResult> DescribeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsGoingBack && !string.IsNullOrWhiteSpace(step.Turn.GetReport().Report.Description))
        {
            return step.BeginDialogAsync(DialogIds.Field(ReportFields.Description), null, cancellationToken);
        }

        if (!step.IsGoingBack && step.Options?[TextOption]?.GetValue<string>() is { } text)
        {
            return step.NextAsync(JsonValue.Create(text), cancellationToken);
        }

        var question = Reply.Text("Describe the problem in your own words: what were you trying to do, what happened, any error message, " +
            "and the page's web address if you have it. Please leave out the client's name and other personal details.")
            .WithMarker(new HelpBotMarker { Prompt = ConversationPrompts.Describe });
        return step.PromptAsync(DialogIds.TextPrompt, new PromptOptions
        {
            Prompt = question,
            HelpText = "Tell me what you were doing and what went wrong, as you would to a help-desk agent. I'll ask only for what's missing.",
            Validation = new PromptValidationSettings { MinLength = 3, MaxLength = 4000 },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ClassifyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultText is not { } text)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var previous = step.Turn.GetReport();
        if (previous.Message is not null && text.Trim() == previous.Report.Description?.Trim())
        {
            // "keep" at the description question reached by "back": the report and its answers stay as they are.
            return await step.NextAsync(null, cancellationToken);
        }

        var extraction = ReportExtractor.Extract(text, null, _services.CreateExtractionContext(step.Turn));
        var report = extraction.Report;
        report.CreatedAt ??= _services.TimeProvider.GetUtcNow();
        // Files kept before the description was read, and on a corrected description every earlier answer, carry over.
        ReportCarryOver.Apply(previous.Report, report);
        var state = previous.Message is null ? new ReportState { Message = text, Report = report } : Corrected(previous, text, report);
        state.Uploads = previous.Uploads;
        step.Turn.SetReport(state);
        Log.ReportClassified(_services.Logger, report.Kind, report.System, extraction.StillNeeded.Count);

        if (extraction.System.IsLookAlike)
        {
            report.PageUrl = null;
            step.Turn.UpdateReport(state => state.Report.PageUrl = null);
            await step.Turn.SendActivityAsync(Reply.Text(
                $"{extraction.System.Reason ?? "The address in your message only looks like PEAK or Connect for Health Colorado."} " +
                "Please don't enter anything on that page; it is not one of the two websites.").WithMarker(Reply.Marker(step.Turn)), cancellationToken);
        }

        if (report.Kind == ReportKinds.Elsewhere && extraction.ElsewhereRoute is { } route)
        {
            await Reply.SendStepAsync(step.Turn, ConversationSteps.Elsewhere, ConversationMessages.Elsewhere(route, _services.Content), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (report.Kind == ReportKinds.Training && extraction.TrainingTopic is { } topic)
        {
            await Reply.SendStepAsync(step.Turn, ConversationSteps.TrainingAnswer, ConversationMessages.TrainingAnswer(topic, _services.Content, report.SystemAssumedFromTopic), cancellationToken);
            var question = Reply.Text("Did that answer it?").WithMarker(Reply.Marker(step.Turn, prompt: ConversationPrompts.Training));
            return await step.PromptAsync(DialogIds.TrainingPrompt, TrainingPrompt.Options(question), cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    // A corrected description keeps the steps already answered for the same system, so they are not asked again.
    private static ReportState Corrected(ReportState previous, string text, IssueReport report)
    {
        var sameSystem = report.System == previous.Report.System;
        return new ReportState
        {
            Message = text,
            Report = report,
            TipsAnswered = previous.TipsAnswered,
            SystemAnswered = previous.SystemAnswered && sameSystem,
            IntroducedSystem = sameSystem ? previous.IntroducedSystem : null,
        };
    }

    private async Task<DialogTurnResult> TipsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = ChoiceOptions.ValueOf(step.Result);
        if (choice is TrainingPrompt.AnsweredChoice or TrainingPrompt.FixedChoice)
        {
            var close = choice == TrainingPrompt.FixedChoice ? ConversationMessages.FixedClose : ConversationMessages.TrainingAnsweredClose;
            return await CloseAsync(step, close, cancellationToken);
        }

        var report = step.Turn.GetReport().Report;
        if (choice == TrainingPrompt.ReportAnywayChoice)
        {
            // A typed "still broken, tried all three" picks "Report it anyway" and also names the tips tried.
            var named = TipsNamedAtTraining(step.Turn.Activity.Text);
            // A system assumed from the training topic is decided again from the page's address.
            report = step.Turn.UpdateReport(state =>
            {
                state.Report.Kind = ReportKinds.Technical;
                state.Report.TipsTried = [.. state.Report.TipsTried.Union(named, StringComparer.Ordinal)];
                if (state.Report.SystemAssumedFromTopic)
                {
                    state.Report.System = SupportSystems.Unknown;
                    state.Report.SystemAssumedFromTopic = false;
                }
            }).Report;
        }

        // "back" reaches this step only when the tips question was asked, so it shows it again even when every tip is
        // ticked. Skipping it would move the conversation forward.
        var allTried = _services.Content.Tips.TrueForAll(tip => report.TipsTried.Contains(tip.Id));
        return !step.IsGoingBack && (allTried || (choice is null && step.Turn.GetReport().TipsAnswered))
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DialogIds.TipsPrompt, new PromptOptions(), cancellationToken);
    }

    // A bare number picks a button at the training question ("2" is "Report it anyway"), so it names no tip.
    private IReadOnlyList<string> TipsNamedAtTraining(string? text) =>
        text is null || TextNormalizer.Normalize(text).All(char.IsDigit)
            ? []
            : TipsTriedReader.ReadAnswer(text, [.. _services.Content.Tips.Select(tip => tip.Id)]);

    private async Task<DialogTurnResult> SystemAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is JsonObject tips)
        {
            if (tips["fixed"]?.GetValue<bool>() == true)
            {
                return await CloseAsync(step, ConversationMessages.FixedClose, cancellationToken);
            }

            // The card shows the tips ticked so far and a typed answer adds to them, so the result lists
            // every tip tried. A tip unticked on the card shown again after "back" is no longer tried.
            var tried = tips["tips"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
            step.Turn.UpdateReport(state =>
            {
                state.Report.TipsTried = [.. tried.Distinct(StringComparer.Ordinal)];
                state.TipsAnswered = true;
            });
        }

        var state = step.Turn.GetReport();
        var report = state.Report;
        return step.IsGoingBack || report.System == SupportSystems.Unknown || (report.PageUrl is null && !state.SystemAnswered)
            ? await step.BeginDialogAsync(DialogIds.System, null, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    // An answer that ends the report can be undone: the report is kept for the next message, where "back" reopens it
    // (HelpBotDialogHooks.OnNothingToGoBackToAsync).
    private static async Task<DialogTurnResult> CloseAsync(WaterfallStepContext step, string close, CancellationToken cancellationToken)
    {
        step.Turn.SetClosedReport(step.Turn.GetReport());
        await Reply.SendStepAsync(step.Turn, ConversationSteps.Fixed, $"{close} {ConversationMessages.ReopenHint}", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> BranchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var system = step.Turn.GetReport().Report.System;
        if (system != SupportSystems.Unknown)
        {
            step.Turn.UpdateReport(state => state.SystemAnswered = true);
        }

        return system switch
        {
            SupportSystems.Peak => step.BeginDialogAsync(DialogIds.Peak, null, cancellationToken),
            SupportSystems.ConnectForHealth => step.BeginDialogAsync(DialogIds.Connect, null, cancellationToken),
            _ => step.BeginDialogAsync(DialogIds.System, null, cancellationToken),
        };
    }

    private static Task<DialogTurnResult> EndAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);
}
