using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Dialogs.Engine;

/// <summary>
/// Runs a turn through the dialog stack: loads the stack from conversation state under
/// <see cref="DialogEngineOptions.StateKey"/>, handles stale card submits and global commands
/// (help, cancel, start over, back, and app commands), passes the activity to the active dialog
/// or begins the root dialog, and stores the stack back in the same <see cref="Runtime.State.StateScope"/>.
/// <c>StateMiddleware</c> must run before it; it writes the stack to storage once after the turn.
/// </summary>
/// <example>
/// <code>
/// var dialogs = new DialogSet()
///     .Add(new WaterfallDialog("main", [AskSystemAsync, AskDetailsAsync]))
///     .Add(new ChoicePrompt("choice"));
/// var manager = new DialogManager(dialogs, "main", options, new MyHooks(), logger);
/// var pipeline = new TurnPipeline([new StateMiddleware(storage)], manager);
/// </code>
/// </example>
public sealed class DialogManager : ITurnHandler
{
    private readonly DialogHooks _hooks;
    private readonly CommandRecognizer _commands;
    private readonly ILogger _logger;

    /// <param name="dialogs">Every dialog the bot can run, including prompts.</param>
    /// <param name="rootDialogId">The dialog begun when no dialog is active.</param>
    /// <param name="options">Engine settings; defaults when null.</param>
    /// <param name="hooks">App hooks for commands; no-op hooks when null.</param>
    /// <param name="logger">Engine logger; no logging when null.</param>
    /// <exception cref="ArgumentException"><paramref name="rootDialogId"/> is not registered in <paramref name="dialogs"/>.</exception>
    public DialogManager(DialogSet dialogs, string rootDialogId, DialogEngineOptions? options = null, DialogHooks? hooks = null, ILogger<DialogManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        if (dialogs.Find(rootDialogId) is null)
        {
            throw new ArgumentException($"The root dialog '{rootDialogId}' is not registered in the dialog set.", nameof(rootDialogId));
        }

        Dialogs = dialogs;
        RootDialogId = rootDialogId;
        Options = options ?? new DialogEngineOptions();
        _hooks = hooks ?? new DialogHooks();
        _commands = new CommandRecognizer(Options.Commands);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public DialogSet Dialogs { get; }

    public string RootDialogId { get; }

    public DialogEngineOptions Options { get; }

    /// <summary>Runs message activities through <see cref="RunTurnAsync"/>; ignores every other activity type.</summary>
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Type == ActivityTypes.Message
            ? RunTurnAsync(turn, null, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>Runs the turn's activity through the dialog stack.</summary>
    /// <param name="turn">The turn; its conversation state must already be loaded.</param>
    /// <param name="rootOptions">Options for the root dialog if this turn begins it.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public Task<DialogTurnResult> RunTurnAsync(ITurnContext turn, JsonNode? rootOptions = null, CancellationToken cancellationToken = default) =>
        RunWithContextAsync(turn, dc => RunAsync(dc, rootOptions, cancellationToken), cancellationToken);

    /// <summary>
    /// Loads the stack, runs <paramref name="action"/> on it and stores the stack back. Use it to
    /// begin a dialog outside the usual message flow, for example on a conversation update.
    /// </summary>
    public async Task<DialogTurnResult> RunWithContextAsync(ITurnContext turn, Func<DialogContext, Task<DialogTurnResult>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var scope = turn.State.Conversation;
        var state = scope.Get(Options.StateKey, DialogJsonContext.Default.DialogState) ?? new DialogState();
        var dc = new DialogContext(Dialogs, turn, state, Options, _logger, _hooks);
        Log.DialogTurnStarted(_logger, state.Stack.Count);

        var result = await action(dc);

        if (state.Stack.Count == 0)
        {
            scope.Remove(Options.StateKey);
        }
        else
        {
            scope.Set(Options.StateKey, state, DialogJsonContext.Default.DialogState);
        }

        return result;
    }

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, JsonNode? rootOptions, CancellationToken cancellationToken)
    {
        ClearStackWithUnknownDialogs(dc);

        if (IsStaleSubmit(dc))
        {
            return await RejectStaleSubmitAsync(dc, cancellationToken);
        }

        var command = _commands.Recognize(dc.Turn.Activity);
        if (command is not null)
        {
            var handled = await HandleCommandAsync(dc, command, rootOptions, cancellationToken);
            if (handled is not null)
            {
                return handled;
            }
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(RootDialogId, rootOptions?.DeepClone(), cancellationToken)
            : result;
    }

    private async Task<DialogTurnResult?> HandleCommandAsync(DialogContext dc, string command, JsonNode? rootOptions, CancellationToken cancellationToken)
    {
        Log.CommandRecognized(_logger, command, dc.Stack.Count);
        if (await _hooks.OnCommandAsync(dc, command, cancellationToken))
        {
            return WaitingOrEmpty(dc);
        }

        return command switch
        {
            DialogCommands.Help => await HelpAsync(dc, cancellationToken),
            DialogCommands.Cancel => await CancelAsync(dc, cancellationToken),
            DialogCommands.StartOver => await StartOverAsync(dc, rootOptions, cancellationToken),
            DialogCommands.Back => await BackAsync(dc, rootOptions, cancellationToken),
            _ => null,
        };
    }

    private async Task<DialogTurnResult> HelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var help = dc.FindHelpText()
            ?? await _hooks.GetGeneralHelpAsync(dc, cancellationToken)
            ?? Options.Messages.GeneralHelpFor(dc.CanGoBack(), dc.CanCancel());
        await dc.Turn.SendTextAsync(help, cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return WaitingOrEmpty(dc);
    }

    private async Task<DialogTurnResult> CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (_hooks.GetNothingToCancelMessage(dc) is { } nothingToCancel)
        {
            await dc.Turn.SendTextAsync(nothingToCancel, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        var message = await _hooks.GetCancelledMessageAsync(dc, cancellationToken) ?? Options.Messages.Cancelled;
        await dc.Turn.SendTextAsync(message, cancellationToken);
        await _hooks.OnCancelledAsync(dc, cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    private async Task<DialogTurnResult> StartOverAsync(DialogContext dc, JsonNode? rootOptions, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await _hooks.OnStartingOverAsync(dc, cancellationToken);
        await dc.Turn.SendTextAsync(Options.Messages.StartingOver, cancellationToken);
        return await dc.BeginDialogAsync(RootDialogId, rootOptions?.DeepClone(), cancellationToken);
    }

    private async Task<DialogTurnResult> BackAsync(DialogContext dc, JsonNode? rootOptions, CancellationToken cancellationToken)
    {
        var result = await dc.GoBackAsync(cancellationToken) ?? await _hooks.OnNothingToGoBackToAsync(dc, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        await dc.Turn.SendTextAsync(Options.Messages.NothingToGoBackTo, cancellationToken);
        if (dc.ActiveDialog is null)
        {
            return await dc.BeginDialogAsync(RootDialogId, rootOptions?.DeepClone(), cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static bool IsStaleSubmit(DialogContext dc)
    {
        if (dc.Turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(SubmitDataKeys.PromptId, out var submitted)
            || submitted.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return dc.ActiveDialog?.GetPromptId() != submitted.GetString();
    }

    private async Task<DialogTurnResult> RejectStaleSubmitAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Log.StaleSubmitRejected(_logger, dc.ActiveDialog?.Id);
        if (dc.ActiveDialog is null)
        {
            await dc.Turn.SendTextAsync(Options.Messages.StaleSubmitNoQuestion, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        await dc.Turn.SendTextAsync(Options.Messages.StaleSubmit, cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    private void ClearStackWithUnknownDialogs(DialogContext dc)
    {
        var unknown = dc.State.Stack.FirstOrDefault(instance => Dialogs.Find(instance.Id) is null);
        if (unknown is null)
        {
            return;
        }

        Log.UnknownDialogOnStack(_logger, unknown.Id);
        dc.State.Stack.Clear();
    }

    private static DialogTurnResult WaitingOrEmpty(DialogContext dc) =>
        dc.ActiveDialog is null ? new DialogTurnResult(DialogTurnStatus.Empty) : Dialog.EndOfTurn;
}
