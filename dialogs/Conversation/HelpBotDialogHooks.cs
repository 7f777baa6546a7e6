using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.HelpTopics;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// HelpBot's part in global commands: "help topics" at any question, the menu after cancel, and
/// clearing the report on start over.
/// </summary>
public sealed class HelpBotDialogHooks(ConversationServices services) : DialogHooks
{
    /// <summary>App command that lists the help topics.</summary>
    public const string HelpTopicsCommand = "helpTopics";

    /// <summary>Phrases that trigger <see cref="HelpTopicsCommand"/>.</summary>
    public static readonly IReadOnlyList<string> HelpTopicsPhrases = ["help topics", "topics", "show help topics", "list help topics"];

    public override async Task<bool> OnCommandAsync(DialogContext dc, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (command != HelpTopicsCommand)
        {
            return false;
        }

        await HelpTopicReplies.SendListAsync(dc.Turn, services.Content, cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return true;
    }

    public override Task<string?> GetGeneralHelpAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(
            "Answer the question above by typing or with the buttons. You can also type 'back' to change your last answer, " +
            "'help topics' for PII and PHI, encrypted e-mail, screenshots and telling the systems apart, 'start over' to begin " +
            "again, or 'cancel' to stop.");

    /// <summary>Message sent on "cancel", right before the menu.</summary>
    public const string CancelledMessage = "Okay, I stopped and dropped that report. Pick what to do next below.";

    /// <summary>Drops the report and shows the menu again.</summary>
    public override async Task OnCancelledAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Turn.ClearReport();
        await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
    }

    public override Task OnStartingOverAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Turn.ClearReport();
        return Task.CompletedTask;
    }
}
