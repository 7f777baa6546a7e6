using System.Text.Json.Nodes;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Waterfall;

/// <summary>
/// A dialog that runs its steps in order, one step per answer. Its persisted state holds the
/// current step index, the <see cref="WaterfallStepContext.Values"/> the steps share, the options
/// it began with, and a history of the steps that waited for the user with the input each ran
/// with. "Back" uses that history: it re-runs the previous step that waited, with the same input,
/// so the previous question is asked again; steps that were skipped with
/// <see cref="WaterfallStepContext.NextAsync"/> never wait, so going back skips them too.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        _steps = steps is null ? [] : [.. steps];
    }

    /// <summary>The number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Appends <paramref name="step"/> and returns this dialog, for chaining.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[WaterfallStateKeys.Options] = options?.DeepClone();
        state[WaterfallStateKeys.Values] = new JsonObject();
        state[WaterfallStateKeys.StepIndex] = -1;
        state[WaterfallStateKeys.History] = new JsonArray();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Runs the next step with the message text as its result, for steps that wait without a prompt.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Turn.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        JsonNode? input = activity.Text is null ? null : JsonValue.Create(activity.Text);
        return RunStepAsync(dc, GetStepIndex(dc.ActiveDialog!) + 1, DialogReason.ContinueCalled, input, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, GetStepIndex(dc.ActiveDialog!) + 1, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>True when at least two steps waited, so there is an earlier question to return to.</summary>
    public override bool CanGoBack(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return GetHistory(instance).Count >= 2;
    }

    /// <summary>Drops the current step from the history and re-runs the previous step that waited, with its recorded input.</summary>
    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var history = GetHistory(dc.ActiveDialog!);
        history.RemoveAt(history.Count - 1);

        var previous = (JsonObject)history[^1]!;
        history.RemoveAt(history.Count - 1);
        var index = previous[WaterfallStateKeys.HistoryIndex]!.GetValue<int>();
        var input = previous[WaterfallStateKeys.HistoryInput]?.DeepClone();
        return RunStepAsync(dc, index, DialogReason.BackCalled, input, cancellationToken);
    }

    /// <summary>
    /// Forgets the steps that waited and runs step <paramref name="index"/> again as the user's way back. A
    /// dialog whose first question was skipped, such as a report that began with the user's message, uses it
    /// so that "back" at its first question returns to the skipped one.
    /// </summary>
    protected Task<DialogTurnResult> GoBackToStepAsync(DialogContext dc, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        GetHistory(dc.ActiveDialog!).Clear();
        return RunStepAsync(dc, index, DialogReason.BackCalled, null, cancellationToken);
    }

    /// <summary>Number of steps that waited for the user and are kept for "back", the current one included.</summary>
    protected static int WaitedSteps(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return GetHistory(instance).Count;
    }

    /// <summary>
    /// Runs step <paramref name="index"/>, or ends the dialog with <paramref name="input"/> as its
    /// result when every step has run. Called by <see cref="WaterfallStepContext.NextAsync"/> too.
    /// </summary>
    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? input, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(input, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State[WaterfallStateKeys.StepIndex] = index;
        Log.WaterfallStepRun(dc.Logger, Id, index, reason);

        var step = new WaterfallStepContext(this, dc, instance, index, reason, input);
        var result = await _steps[index](step, cancellationToken);

        // A step counts as a question only when it left this instance waiting on itself: a step
        // that moved on with NextAsync or whose child dialog already ended has a later index.
        if (result.Status == DialogTurnStatus.Waiting && dc.Stack.Contains(instance) && GetStepIndex(instance) == index)
        {
            RecordWaitingStep(instance, index, input);
        }

        return result;
    }

    private static void RecordWaitingStep(DialogInstance instance, int index, JsonNode? input)
    {
        var history = GetHistory(instance);
        if (history.Count > 0 && history[^1]![WaterfallStateKeys.HistoryIndex]!.GetValue<int>() == index)
        {
            return;
        }

        history.Add(new JsonObject
        {
            [WaterfallStateKeys.HistoryIndex] = index,
            [WaterfallStateKeys.HistoryInput] = input?.DeepClone(),
        });
    }

    private static int GetStepIndex(DialogInstance instance) =>
        instance.State[WaterfallStateKeys.StepIndex]?.GetValue<int>() ?? -1;

    private static JsonArray GetHistory(DialogInstance instance)
    {
        if (instance.State[WaterfallStateKeys.History] is JsonArray history)
        {
            return history;
        }

        history = [];
        instance.State[WaterfallStateKeys.History] = history;
        return history;
    }
}
