using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Base of every prompt: asks a question, recognizes a <typeparamref name="T"/> in the answer,
/// runs the optional validator, and on failure says what was wrong and asks again (adding a hint
/// about "help" after <see cref="DialogEngineOptions.HelpHintAfterAttempts"/> failures). It ends
/// with the value as JSON, which the parent receives as its result.
/// </summary>
/// <typeparam name="T">The recognized value.</typeparam>
/// <typeparam name="TOptions">The options type; plain <see cref="PromptOptions"/> are converted to it.</typeparam>
public abstract class Prompt<T, TOptions> : Dialog
    where TOptions : PromptOptions, new()
{
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator = null)
        : base(id)
    {
        _validator = validator;
    }

    /// <exception cref="ArgumentException">The options are invalid for this prompt.</exception>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var typed = ReadOptions(options);
        CheckOptions(typed);
        PrepareOptions(dc, typed);

        var instance = dc.ActiveDialog!;
        instance.State[PromptStateKeys.PromptId] = CreatePromptId(typed);
        instance.State[PromptStateKeys.Options] = JsonSerializer.SerializeToNode<PromptOptions>(typed, DialogJsonContext.Default.PromptOptions);
        instance.State[PromptStateKeys.Attempts] = 0;
        instance.State[PromptStateKeys.Data] = new JsonObject();

        await OnPromptAsync(dc, instance, typed, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance.State[PromptStateKeys.Options]);
        var attempts = (instance.State[PromptStateKeys.Attempts]?.GetValue<int>() ?? 0) + 1;
        instance.State[PromptStateKeys.Attempts] = attempts;

        var recognized = await OnRecognizeAsync(dc, instance, options, cancellationToken);
        var error = recognized.ErrorMessage;
        if (recognized.Succeeded)
        {
            var check = new PromptValidatorContext<T>(dc.Turn, recognized.Value!, options, attempts);
            if (_validator is null || await _validator(check, cancellationToken))
            {
                await OnAcceptedAsync(dc, instance, options, recognized.Value!, cancellationToken);
                return await dc.EndDialogAsync(ToResult(recognized.Value!), cancellationToken);
            }

            error = check.ErrorMessage;
            OnValidatorRejected(instance, recognized.Value!);
        }

        Log.PromptRetried(dc.Logger, Id, attempts);
        await SendRetryAsync(dc, instance, options, error, attempts, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(dc, instance, ReadOptions(instance.State[PromptStateKeys.Options]), false, cancellationToken);
    }

    public override string? GetHelpText(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = ReadOptions(instance.State[PromptStateKeys.Options]);
        return options.HelpText ?? GetDefaultHelpText(options);
    }

    /// <summary>Recognizes the answer in the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, TOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Called when the validator rejects a recognized value, before the question is asked again. A prompt that
    /// keeps parts of an answer drops them here, because the validator may reject them for data that must not
    /// be sent back, such as personal information.
    /// </summary>
    protected virtual void OnValidatorRejected(DialogInstance instance, T value)
    {
    }

    /// <summary>Converts an accepted value to the JSON result the parent receives.</summary>
    protected abstract JsonNode? ToResult(T value);

    /// <summary>Throws when <paramref name="options"/> cannot work for this prompt. The default accepts any options.</summary>
    protected virtual void CheckOptions(TOptions options)
    {
    }

    /// <summary>Completes <paramref name="options"/> before they are saved, for example with defaults from <see cref="DialogContext.Options"/>. The default changes nothing.</summary>
    protected virtual void PrepareOptions(DialogContext dc, TOptions options)
    {
    }

    /// <summary>Returns the id this prompt's cards must carry in their submit data. The default creates a new one.</summary>
    protected virtual string CreatePromptId(TOptions options) => PromptIds.Create();

    /// <summary>Returns help for a question with no help text; the default returns null, which falls back to the app's general help.</summary>
    protected virtual string? GetDefaultHelpText(TOptions options) => null;

    /// <summary>Runs after a value is accepted and before the prompt ends, for example to confirm what was understood.</summary>
    protected virtual Task OnAcceptedAsync(DialogContext dc, DialogInstance instance, TOptions options, T value, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Sends the question: <see cref="PromptOptions.RetryPrompt"/> on a retry when set, otherwise <see cref="PromptOptions.Prompt"/>.</summary>
    protected virtual async Task OnPromptAsync(DialogContext dc, DialogInstance instance, TOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is null)
        {
            return;
        }

        await dc.Turn.SendActivityAsync(DecoratePrompt(activity, instance, options), cancellationToken);
    }

    /// <summary>Adjusts the question before it is sent, such as adding buttons. The activity is a fresh copy, so it may be changed in place.</summary>
    protected virtual Activity DecoratePrompt(Activity activity, DialogInstance instance, TOptions options) => activity;

    /// <summary>Returns the message for a rejected answer when neither the recognizer nor the validator gave one.</summary>
    protected virtual string GetDefaultErrorMessage(DialogContext dc, TOptions options) =>
        "That answer isn't valid. Please try again.";

    /// <summary>
    /// Stores <paramref name="answer"/>, a rejected answer, for the question that the retry sends in the same
    /// turn, so a prompt can show it again for correction. It is kept in <see cref="ITurnContext.Items"/>, so
    /// conversation state never stores it, and a question asked again in a later turn (after "help") does not show it.
    /// </summary>
    protected static void SetRejectedAnswer(DialogContext dc, DialogInstance instance, object answer)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(answer);
        dc.Turn.Items[RejectedAnswerKey(instance)] = answer;
    }

    /// <summary>Returns the answer that <see cref="SetRejectedAnswer"/> stored in this turn, or null.</summary>
    protected static TAnswer? GetRejectedAnswer<TAnswer>(DialogContext dc, DialogInstance instance)
        where TAnswer : class
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Turn.Items.TryGetValue(RejectedAnswerKey(instance), out var answer) ? answer as TAnswer : null;
    }

    /// <summary>Formats one of the configurable messages with invariant culture.</summary>
    protected static string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);

    private async Task SendRetryAsync(DialogContext dc, DialogInstance instance, TOptions options, string? error, int attempts, CancellationToken cancellationToken)
    {
        var message = error ?? GetDefaultErrorMessage(dc, options);
        var hintAfter = options.Validation?.HelpHintAfterAttempts ?? dc.Options.HelpHintAfterAttempts;
        if (attempts >= hintAfter)
        {
            var hint = dc.Options.Messages.HelpHintFor(dc.CanGoBack(), dc.CanCancel());
            message = $"{message}\n\n{hint}";
        }

        await dc.Turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = message, TextFormat = "plain" }, cancellationToken);
        await OnPromptAsync(dc, instance, options, true, cancellationToken);
    }

    private static string RejectedAnswerKey(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return "helpbot.prompt.rejectedAnswer." + (instance.GetPromptId() ?? instance.Id);
    }

    private static TOptions ReadOptions(JsonNode? node)
    {
        var options = node?.Deserialize(DialogJsonContext.Default.PromptOptions) ?? new TOptions();
        if (options is TOptions typed)
        {
            return typed;
        }

        return new TOptions
        {
            Prompt = options.Prompt,
            RetryPrompt = options.RetryPrompt,
            HelpText = options.HelpText,
            Validation = options.Validation,
        };
    }
}
