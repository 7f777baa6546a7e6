using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation;

/// <summary>Builds the dialog set of HelpBot's conversation: every dialog and prompt, with <see cref="DialogIds.Main"/> as the root.</summary>
public static class ConversationDialogs
{
    /// <summary>Report fields that have a field prompt.</summary>
    public static readonly IReadOnlyList<string> AskableFields =
    [
        ReportFields.Description, ReportFields.ErrorMessage, ReportFields.Username, ReportFields.Page, ReportFields.When,
        ReportFields.StepsTried, ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Screenshot,
        ReportFields.Os, ReportFields.Device, ReportFields.Browser,
    ];

    public static DialogSet Create(ConversationServices services, TicketCreation tickets, ReportResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(resumption);
        var set = new DialogSet()
            .Add(new MainDialog(services, resumption))
            .Add(new OnboardingDialog(services))
            .Add(new ReportDialog(services))
            .Add(new SystemDialog(services))
            .Add(new PeakReportDialog(services, tickets))
            .Add(new ConnectReportDialog(services, tickets))
            .Add(new FieldsDialog(services))
            .Add(new PrivacyReviewDialog(services))
            .Add(new TextPrompt(DialogIds.TextPrompt))
            .Add(new ChoicePrompt(DialogIds.ChoicePrompt))
            .Add(new OnboardingPrompt())
            .Add(new MenuPrompt())
            .Add(new TipsPrompt(services.Content))
            .Add(new TrainingPrompt())
            .Add(new PageAddressPrompt(services))
            .Add(new PrivacyReviewPrompt(services))
            .Add(new CallLogPrompt(services))
            .Add(new ResumeOfferPrompt());
        foreach (var field in AskableFields)
        {
            set.Add(new FieldPrompt(field, services));
        }

        return set;
    }
}
