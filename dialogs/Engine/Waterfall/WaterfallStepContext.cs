using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Engine.Waterfall;

/// <summary>What a <see cref="WaterfallStep"/> receives: the turn, the shared values, and the previous answer.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, DialogInstance instance, int index, DialogReason reason, JsonNode? result)
    {
        _dialog = dialog;
        _instance = instance;
        Context = dc;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The dialog context, for operations the shorthands here do not cover.</summary>
    public DialogContext Context { get; }

    /// <summary>The current turn.</summary>
    public ITurnContext Turn => Context.Turn;

    /// <summary>Zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs; <see cref="DialogReason.BackCalled"/> when the user went back to it.</summary>
    public DialogReason Reason { get; }

    /// <summary>Whether this step runs again because the user typed "back".</summary>
    public bool IsGoingBack => Reason == DialogReason.BackCalled;

    /// <summary>
    /// The previous step's outcome: the answer of the prompt or the result of the child dialog it
    /// began, the value passed to <see cref="NextAsync"/>, or the typed text when the previous step
    /// waited without a prompt. Null for the first step.
    /// </summary>
    public JsonNode? Result { get; }

    /// <summary>The options the waterfall began with; null when none were given.</summary>
    public JsonNode? Options => _instance.State[WaterfallStateKeys.Options];

    /// <summary>
    /// Values shared by every step of this waterfall and persisted with it, such as earlier
    /// answers. Going back keeps them, so a step asked again can show the earlier answer.
    /// Store only data; nodes added here must not belong to another JSON tree (use <c>DeepClone</c>).
    /// </summary>
    public JsonObject Values => _instance.State[WaterfallStateKeys.Values] as JsonObject
        ?? throw new InvalidOperationException($"Waterfall '{_dialog.Id}' has no values object in its state.");

    /// <summary>Returns <see cref="Result"/> as text, or null when it is not a JSON string.</summary>
    public string? ResultText => Result is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Returns <see cref="Result"/> deserialized with <paramref name="typeInfo"/>, or default when it is null.</summary>
    public T? GetResult<T>(JsonTypeInfo<T> typeInfo) => Result is null ? default : Result.Deserialize(typeInfo);

    /// <summary>Returns the value stored in <see cref="Values"/> under <paramref name="key"/>, or default.</summary>
    public T? GetValue<T>(string key, JsonTypeInfo<T> typeInfo) =>
        Values.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize(typeInfo) : default;

    /// <summary>Stores <paramref name="value"/> in <see cref="Values"/> under <paramref name="key"/>.</summary>
    public void SetValue<T>(string key, T value, JsonTypeInfo<T> typeInfo) =>
        Values[key] = JsonSerializer.SerializeToNode(value, typeInfo);

    /// <summary>Asks a question with the prompt registered as <paramref name="dialogId"/>; return the result from the step.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Context.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result arrives in the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>
    /// Skips ahead: runs the next step now with <paramref name="result"/> as its <see cref="Result"/>.
    /// This step is not recorded as a question, so going back skips it too.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called twice in one step.</exception>
    public Task<DialogTurnResult> NextAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of waterfall '{_dialog.Id}'.");
        }

        _nextCalled = true;
        return _dialog.RunStepAsync(Context, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Ends this waterfall and returns <paramref name="result"/> to its parent.</summary>
    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default) =>
        Context.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends this waterfall and begins <paramref name="dialogId"/> in its place, as for a loop.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default) =>
        Context.ReplaceDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Sends a plain-text message.</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        Turn.SendTextAsync(text, cancellationToken);
}
