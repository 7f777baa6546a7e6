using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// Step 2: decides the system from the page's web address. When the user does not know the address
/// it uses a system named in the description, and otherwise lets the user pick, with help reading the
/// address bar. When the report names a mobile app, that choice starts by saying that an app has no
/// address bar. "Not sure" gets how to find the address and the address question again. An old PEAK
/// bookmark gets the "address changed" tip. Ends with the report's system set.
/// </summary>
public sealed class SystemDialog : WaterfallDialog
{
    private const string AddressHelp =
        "That's all right, the page tells. Open the page where the problem happens and look at the address bar at the top of the " +
        "browser window: PEAK pages start with peak.my.site.com, and Connect for Health Colorado pages end in connectforhealthco.com. " +
        "Click the address once, copy it (Ctrl+C, or Cmd+C on a Mac) and paste it here. If you can't open the page, ask the person " +
        "who was using it which website it was.";

    private readonly ConversationServices _services;

    public SystemDialog(ConversationServices services)
        : base(DialogIds.System)
    {
        _services = services;
        AddStep(AskAddressAsync);
        AddStep(ApplyAddressAsync);
        AddStep(ApplyPickAsync);
    }

    private static Task<DialogTurnResult> AskAddressAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(DialogIds.PageAddressPrompt, new PromptOptions(), cancellationToken);

    private async Task<DialogTurnResult> ApplyAddressAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.ResultText ?? PageAddressPrompt.DontKnow;
        var state = step.Turn.GetReport();
        if (answer != PageAddressPrompt.DontKnow)
        {
            ApplyAddress(step, state, answer);
            state = step.Turn.GetReport();
            if (state.Report.IsOldBookmark)
            {
                await Reply.SendStepAsync(step.Turn, ConversationSteps.OldBookmark, OldBookmarkTip(), cancellationToken);
            }
        }

        if (state.Report.System != SupportSystems.Unknown)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var question = Reply.Text(state.Report.MobileApp is not null && answer == PageAddressPrompt.DontKnow
                ? "An app has no address bar, so that's fine. Which system is it? The MyCOBenefits app belongs to PEAK."
                : "Which website is it on? If you're not sure, look at the address bar at the top of the browser: " +
                  "PEAK pages start with peak.my.site.com, and Connect for Health Colorado pages end in connectforhealthco.com.")
            .WithMarker(Reply.Marker(step.Turn, prompt: ConversationPrompts.PickSystem));
        return await step.PromptAsync(DialogIds.ChoicePrompt, ChoiceOptions.Of(question,
            "PEAK is where people apply for Medicaid, CHP+ and other benefits. Connect for Health Colorado is the marketplace where they shop for health plans and tax credits.",
            new Choice(SupportSystems.Peak, "PEAK", "peak", "ses", "colorado peak"),
            new Choice(SupportSystems.ConnectForHealth, "Connect for Health Colorado", "connect for health", "c4hco", "marketplace"),
            new Choice(SupportSystems.Unknown, "Not sure", "im not sure", "unsure", "dont know", "i dont know", "no idea", "idk", "no clue", "unknown")), cancellationToken);
    }

    private static async Task<DialogTurnResult> ApplyPickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var system = ChoiceOptions.ValueOf(step.Result);
        if (system is null or SupportSystems.Unknown)
        {
            // The report needs a system, so the user gets the way to read it from the page and the
            // page address question again.
            await Reply.SendStepAsync(step.Turn, ConversationSteps.AddressHelp, AddressHelp, cancellationToken);
            return await step.ReplaceDialogAsync(DialogIds.System, null, cancellationToken);
        }

        step.Turn.UpdateReport(state => state.Report.System = system);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // Reads the description again with the address, which decides the system over a name in the text,
    // and keeps what the conversation already collected.
    private void ApplyAddress(WaterfallStepContext step, ReportState state, string address)
    {
        var previous = state.Report;
        var extraction = ReportExtractor.Extract(state.Message ?? "", address, _services.CreateExtractionContext(step.Turn));
        var report = extraction.Report;

        // Every answer so far carries over where the text gives none: a device or app named at this question, files
        // uploaded before it, and fields answered after a corrected description.
        ReportCarryOver.Apply(previous, report);
        report.Kind = previous.Kind;

        // The first message's tips were read when the report started, and the tips card may have changed them since.
        report.TipsTried = previous.TipsTried;
        report.MedicallyUrgent = previous.MedicallyUrgent;

        state.Report = report;
        step.Turn.SetReport(state);
        Log.SystemDecided(_services.Logger, report.System, extraction.System.FromAddress);
    }

    private string OldBookmarkTip()
    {
        var topic = _services.Content.TrainingTopic("old-bookmark");
        var guidance = topic is null ? "PEAK's address changed: go to CO.gov/PEAK and update your bookmark." : string.Join(" ", topic.Guidance);
        return $"Tip: that is an old PEAK address. {guidance} I'll go on with the report for PEAK.";
    }
}
