namespace HelpBot.Dialogs.Engine;

/// <summary>
/// Points where the app takes part in global commands. Derive from this class and override what
/// the app needs; every default does nothing. One instance serves every conversation, so keep
/// per-conversation data in state, not in fields.
/// </summary>
public class DialogHooks
{
    /// <summary>
    /// Runs first for every recognized command, built-in or app-defined (see
    /// <see cref="DialogEngineOptions.Commands"/>). Return true when the app handled it; the engine
    /// then does nothing more this turn, so call <see cref="DialogContext.RepromptDialogAsync"/>
    /// yourself to ask the active question again. Return false to let the engine handle built-in
    /// commands; an unhandled app command is then treated as an ordinary answer.
    /// </summary>
    public virtual Task<bool> OnCommandAsync(DialogContext dc, string command, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>Returns the app's general help, used when the active question has no help text; null uses <see cref="DialogMessages.GeneralHelp"/>.</summary>
    public virtual Task<string?> GetGeneralHelpAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    /// <summary>
    /// Returns the message to send on cancel, after every dialog ended, to fit what was stopped; null sends
    /// <see cref="DialogMessages.Cancelled"/>.
    /// </summary>
    public virtual Task<string?> GetCancelledMessageAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    /// <summary>
    /// Returns false where "cancel" would stop nothing, so the general help and the hint after repeated invalid
    /// answers leave it out (see <see cref="DialogContext.CanCancel"/>). The default returns true.
    /// </summary>
    public virtual bool CanCancel(DialogContext dc) => true;

    /// <summary>
    /// Returns the message to send on cancel when nothing is running that cancel would stop, such as at the app's
    /// menu. The question is then asked again and no dialog ends. The default returns null, so cancel always ends
    /// every dialog.
    /// </summary>
    public virtual string? GetNothingToCancelMessage(DialogContext dc) => null;

    /// <summary>
    /// Runs on "back" when no dialog on the stack can go back, before the engine replies that there is nothing to go
    /// back to.
    /// A result other than null ends the turn with it, for example after reopening something that just ended. The
    /// default returns null.
    /// </summary>
    public virtual Task<DialogTurnResult?> OnNothingToGoBackToAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>Runs after cancel ended every dialog and the cancel message was sent, for example to show the app's menu.</summary>
    public virtual Task OnCancelledAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs on start over after every dialog ended and before the root dialog begins again, so the
    /// app can clear its own conversation data (the stack itself is already empty).
    /// </summary>
    public virtual Task OnStartingOverAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
