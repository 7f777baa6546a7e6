using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of one conversation during one turn, and the operations that change it.
/// Create it with <see cref="DialogManager"/>, which loads and saves the stack; dialogs and
/// waterfall steps receive it.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogHooks _hooks;

    public DialogContext(
        DialogSet dialogs, ITurnContext turn, DialogState state, DialogEngineOptions? options = null, ILogger? logger = null, DialogHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Turn = turn;
        State = state;
        Options = options ?? new DialogEngineOptions();
        Logger = logger ?? NullLogger.Instance;
        _hooks = hooks ?? new DialogHooks();
    }

    /// <summary>The registered dialogs.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The current turn: inbound activity, state, sending.</summary>
    public ITurnContext Turn { get; }

    /// <summary>The persisted stack this context changes.</summary>
    public DialogState State { get; }

    /// <summary>Engine settings and messages.</summary>
    public DialogEngineOptions Options { get; }

    /// <summary>Logger for engine events; a no-op logger when none was given.</summary>
    public ILogger Logger { get; }

    /// <summary>The running dialogs; index 0 is the active dialog.</summary>
    public IReadOnlyList<DialogInstance> Stack => State.Stack;

    /// <summary>The active dialog's instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => State.Stack.Count > 0 ? State.Stack[0] : null;

    /// <summary>Starts the dialog registered as <paramref name="dialogId"/> on top of the stack.</summary>
    /// <exception cref="InvalidOperationException">No dialog has that id.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId);
        State.Stack.Insert(0, new DialogInstance { Id = dialogId });
        Log.DialogBegun(Logger, dialogId, State.Stack.Count);
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts the prompt registered as <paramref name="dialogId"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var node = JsonSerializer.SerializeToNode(options, DialogJsonContext.Default.PromptOptions);
        return BeginDialogAsync(dialogId, node, cancellationToken);
    }

    /// <summary>Passes the inbound activity to the active dialog; returns <see cref="DialogTurnStatus.Empty"/> when none is active.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));
        }

        return FindDialog(instance.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>
    /// Ends the active dialog and resumes its parent with <paramref name="result"/>; when the
    /// stack becomes empty, returns <see cref="DialogTurnStatus.Complete"/> with the result.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);

        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await FindDialog(parent.Id).ResumeDialogAsync(this, result, cancellationToken);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on the stack, innermost first, without resuming any parent.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (State.Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (State.Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        return instance is null
            ? Task.CompletedTask
            : FindDialog(instance.Id).RepromptDialogAsync(this, instance, cancellationToken);
    }

    /// <summary>Returns true when a dialog on the stack can go back, so "back" would ask a previous question.</summary>
    public bool CanGoBack() => FindBackTarget() >= 0;

    /// <summary>Returns false when the app's <see cref="DialogHooks.CanCancel"/> reports that "cancel" would stop nothing now.</summary>
    public bool CanCancel() => _hooks.CanCancel(this);

    /// <summary>
    /// Goes back one question: finds the innermost dialog that can go back, cancels the dialogs
    /// above it and lets it ask its previous question again.
    /// </summary>
    /// <returns>The result of the dialog that went back, or null when no dialog on the stack can go back.</returns>
    public async Task<DialogTurnResult?> GoBackAsync(CancellationToken cancellationToken = default)
    {
        var depth = FindBackTarget();
        if (depth < 0)
        {
            return null;
        }

        for (var i = 0; i < depth; i++)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        var instance = ActiveDialog!;
        Log.WentBack(Logger, instance.Id, depth);
        return await FindDialog(instance.Id).GoBackAsync(this, cancellationToken);
    }

    /// <summary>Returns the help text of the innermost dialog on the stack that has one, or null.</summary>
    public string? FindHelpText()
    {
        foreach (var instance in State.Stack)
        {
            var help = Dialogs.Find(instance.Id)?.GetHelpText(instance);
            if (help is not null)
            {
                return help;
            }
        }

        return null;
    }

    /// <summary>Returns the registered dialog <paramref name="dialogId"/>.</summary>
    /// <exception cref="InvalidOperationException">No dialog has that id.</exception>
    public Dialog FindDialog(string dialogId) =>
        Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is registered in the dialog set.");

    private int FindBackTarget()
    {
        for (var i = 0; i < State.Stack.Count; i++)
        {
            var instance = State.Stack[i];
            if (Dialogs.Find(instance.Id)?.CanGoBack(instance) == true)
            {
                return i;
            }
        }

        return -1;
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        State.Stack.RemoveAt(0);
        var dialog = Dialogs.Find(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(this, instance, reason, cancellationToken);
        }

        Log.DialogEnded(Logger, instance.Id, reason);
    }
}
