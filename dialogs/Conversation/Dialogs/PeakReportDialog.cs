using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// Step 3a, PEAK/SES: asks whether the case is medically urgent (and gives the enrollment-entity
/// contacts at once if so), collects the fields the help desk still needs, runs the PII/PHI review,
/// and hands back the e-mail draft to the CBMS help desk with what to expect.
/// </summary>
public sealed class PeakReportDialog : WaterfallDialog
{
    private readonly ConversationServices _services;
    private readonly TicketCreation _tickets;

    public PeakReportDialog(ConversationServices services, TicketCreation tickets)
        : base(DialogIds.Peak)
    {
        _services = services;
        _tickets = tickets;
        AddStep(AskUrgentAsync);
        AddStep(CollectFieldsAsync);
        AddStep(ReviewPrivacyAsync);
        AddStep(SendDraftAsync);
    }

    // The question carries the Step 3 introduction. A report read again after "back" at its description was asked
    // it already, and asks it again only when the user goes back to it. Urgency read from the first message is
    // only a guess, so the question is asked once whatever the message said.
    private static Task<DialogTurnResult> AskUrgentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.GetReport();
        if (!step.IsGoingBack && state.IntroducedSystem == SupportSystems.Peak && state.Report.MedicallyUrgent is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        step.Turn.UpdateReport(state => state.IntroducedSystem = SupportSystems.Peak);
        var question = Reply.Text("Step 3: this is a PEAK problem, so I'll prepare an e-mail to the CBMS help desk. " +
            "First: is this medically urgent for the client (care or medication they need soon)?")
            .WithMarker(Reply.Marker(step.Turn, prompt: ConversationPrompts.Urgent));
        var options = ChoiceOptions.YesNo(question,
            "If the client needs care or medication soon, the enrollment entity can complete the enrollment while the help desk works on the problem.",
            "Medically urgent means the client needs care or medication soon, such as a prescription or a treatment in the next days, " +
            "and this problem keeps the coverage from being in place. If that is so, answer yes, and I'll give you the contacts who can " +
            "complete the enrollment while the help desk works on the problem. If the client can wait for the help desk, answer no. Please answer yes or no.");

        // Asked again after an answer it did not understand, the question leaves out the Step 3 introduction.
        options.RetryPrompt = Reply.Text("Is this medically urgent for the client (care or medication they need soon)?")
            .WithMarker(Reply.Marker(step.Turn, prompt: ConversationPrompts.Urgent));
        return step.PromptAsync(DialogIds.ChoicePrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> CollectFieldsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsGoingBack)
        {
            return await step.BeginDialogAsync(DialogIds.Fields, FieldsOptions.LastAsked(step.Turn), cancellationToken);
        }

        if (ChoiceOptions.ValueOf(step.Result) is not { } answer)
        {
            return await step.BeginDialogAsync(DialogIds.Fields, FieldsOptions.Create(ReportRules.StillNeeded(step.Turn.GetReport().Report)), cancellationToken);
        }

        var urgent = answer == ChoiceOptions.Yes;
        var report = step.Turn.UpdateReport(state => state.Report.MedicallyUrgent = urgent).Report;
        if (urgent)
        {
            await Reply.SendStepAsync(step.Turn, ConversationSteps.UrgentContacts,
                ConversationMessages.UrgentContacts(_services.Content) + "\n\nNow let's finish the report for the help desk.", cancellationToken);
        }

        return await step.BeginDialogAsync(DialogIds.Fields, FieldsOptions.Create(ReportRules.StillNeeded(report)), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewPrivacyAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(DialogIds.PrivacyReview, null, cancellationToken);

    private async Task<DialogTurnResult> SendDraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.GetReport();
        var privacy = state.PersonalDataKept ? new DraftPrivacy(true, state.KeptCategories) : DraftPrivacy.None;
        var draft = EmailDraftComposer.Compose(state.Report, _services.Content, privacy);
        var files = await DraftFiles.CollectAsync(draft, state, step.Turn.Activity.Conversation?.Id ?? "", _services.UploadedFiles, cancellationToken);
        Log.DraftFilesAttached(_services.Logger, files.Count, draft.AttachmentsToAdd.Count);
        var stored = await _services.Drafts.SaveAsync(EmlWriter.Write(draft, files), cancellationToken);
        var downloadUrl = DraftRoutes.BuildUrl(_services.Options.PublicBaseUrl, stored.Id);
        var mailto = MailtoLink.Create(draft);

        // The ticket comes first, so the draft card's "I sent it" button can name it.
        var ticket = TicketFactory.Create(step.Turn, state.Report, SupportSystems.Peak, _services.TimeProvider.GetUtcNow());
        ticket = await _tickets.CreateAsync(step.Turn, ticket, cancellationToken);
        await step.Turn.SendActivityAsync(DraftCards.Create(draft, [.. files.Select(file => file.Name)], mailto, downloadUrl, ticket.Id)
            .WithMarker(Reply.Marker(step.Turn, step: ConversationSteps.Draft)), cancellationToken);
        await Reply.SendStepAsync(step.Turn, ConversationSteps.WhatToExpect, ConversationMessages.PeakWhatToExpect(_services.Content), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
