using System.Text.Json.Nodes;

namespace HelpBot.Dialogs.Engine;

/// <summary>
/// A conversation unit on the dialog stack. A dialog keeps nothing per conversation in its
/// fields: everything it must remember between turns goes into <see cref="DialogContext.ActiveDialog"/>'s
/// <see cref="DialogInstance.State"/>, which is saved as JSON in conversation state after every turn.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns to say it waits for the user's next activity.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id the dialog is registered under in a <see cref="DialogSet"/> and persisted with on the stack.</summary>
    public string Id { get; }

    /// <summary>
    /// Starts the dialog. Its instance is already on top of the stack when this runs.
    /// </summary>
    /// <param name="dc">The turn's dialog context.</param>
    /// <param name="options">What the caller passed to <see cref="DialogContext.BeginDialogAsync"/>; persist it if later turns need it.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>Handles the user's next activity while this dialog is active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>
    /// Runs when a child dialog this dialog started has ended, with the child's result.
    /// The default ends this dialog too, passing the result on.
    /// </summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the active question again, as after a help message. The default sends nothing.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Runs when <paramref name="instance"/> leaves the stack, for any <paramref name="reason"/>,
    /// before its parent resumes. The default does nothing.
    /// </summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Returns the help text of the question <paramref name="instance"/> is asking, or null when it has none.</summary>
    public virtual string? GetHelpText(DialogInstance instance) => null;

    /// <summary>Returns whether <paramref name="instance"/> can go back to an earlier question by itself.</summary>
    public virtual bool CanGoBack(DialogInstance instance) => false;

    /// <summary>
    /// Asks the previous question again. Runs only when <see cref="CanGoBack"/> returned true and
    /// the instance is active (the dialogs above it were already cancelled).
    /// </summary>
    /// <exception cref="NotSupportedException">The dialog does not support going back.</exception>
    public virtual Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Dialog '{Id}' cannot go back.");
}
