using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Sends a form (the caller's activity, typically an Adaptive Card built by the cards layer) and
/// returns a JSON object of field name to text value. Accepts a card submit whose
/// <c>activity.value</c> is an object of field values, or typed "Field: value" lines, or the whole
/// typed text when the form has one field. Each answer is merged into the values already kept:
/// valid values are kept, invalid ones are named with what is wrong, required fields still missing
/// are named, and the form is sent again with the kept values filled in. The invalid values are filled
/// in too, for correction, unless their field's <see cref="FormField.ShowsRejectedValue"/> is false; they
/// are held for that turn only, never in conversation state. When the prompt's validator rejects the
/// whole answer, none of that answer's values are kept or filled in.
/// </summary>
/// <remarks>
/// Every form prompt has a prompt id (see <see cref="FormPromptOptions.PromptId"/>), which is written
/// into the data of the card's submit actions under <see cref="SubmitDataKeys.PromptId"/>.
/// <see cref="DialogManager"/> rejects a submit whose id is not the active prompt's, as from a
/// card submitted twice or an older form, and asks the current question again.
/// </remarks>
public sealed class AdaptiveCardFormPrompt : Prompt<JsonObject, FormPromptOptions>
{
    private const string KeptValuesKey = "values";

    // Names of the fields the last answer set, so a rejection by the validator can drop them.
    private const string AnsweredKey = "answered";

    public AdaptiveCardFormPrompt(string id, IEnumerable<FormField> fields, PromptValidator<JsonObject>? validator = null)
        : base(id, validator)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = [.. fields];
        if (Fields.Count == 0)
        {
            throw new ArgumentException($"Form prompt '{id}' needs at least one field.", nameof(fields));
        }
    }

    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>Returns the values kept so far by the form prompt <paramref name="instance"/>, for building a card that shows them.</summary>
    public static JsonObject GetKeptValues(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State[PromptStateKeys.Data]?[KeptValuesKey] as JsonObject ?? [];
    }

    protected override string CreatePromptId(FormPromptOptions options) => options.PromptId ?? PromptIds.Create();

    protected override void PrepareOptions(DialogContext dc, FormPromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        options.HelpText ??= Format(dc.Options.Messages.FormHelp, ListLabels(Fields));
    }

    protected override Activity DecoratePrompt(Activity activity, DialogInstance instance, FormPromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(instance);
        AdaptiveCardStamper.StampPromptId(activity, instance.GetPromptId()!);
        AdaptiveCardStamper.Prefill(activity, GetKeptValues(instance));
        return activity;
    }

    // The form sent again after invalid values fills them in over the kept ones, so a value edited in the card is not lost.
    protected override async Task OnPromptAsync(DialogContext dc, DialogInstance instance, FormPromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is null)
        {
            return;
        }

        activity = DecoratePrompt(activity, instance, options);
        if (isRetry && GetRejectedAnswer<JsonObject>(dc, instance) is { } rejected)
        {
            AdaptiveCardStamper.Prefill(activity, rejected);
        }

        await dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<JsonObject>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, FormPromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var messages = dc.Options.Messages;
        var input = FormInputReader.Read(dc.Turn.Activity, Fields, messages);
        if (input.ErrorMessage is not null)
        {
            return Task.FromResult(PromptRecognition.Failure<JsonObject>(input.ErrorMessage));
        }

        var rejected = new JsonObject();
        var kept = KeepValidValues(instance, input.Values, rejected, out var errors);
        SetRejectedAnswer(dc, instance, rejected);
        foreach (var field in Fields.Where(field => field.Required && !kept.ContainsKey(field.Name) && !input.Values.ContainsKey(field.Name)))
        {
            errors.Add(Format(messages.FormFieldRequired, field.Label));
        }

        if (errors.Count == 0)
        {
            return Task.FromResult(PromptRecognition.Success((JsonObject)kept.DeepClone()));
        }

        Log.FormFieldsRejected(dc.Logger, Id, errors.Count, kept.Count);
        return Task.FromResult(PromptRecognition.Failure<JsonObject>(DescribeErrors(messages, errors, kept)));
    }

    protected override JsonNode? ToResult(JsonObject value) => value;

    /// <summary>
    /// Drops the values the rejected answer set, so the re-sent form never fills in a value the validator
    /// rejected. Values kept from earlier answers for other fields stay.
    /// </summary>
    protected override void OnValidatorRejected(DialogInstance instance, JsonObject value)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.State[PromptStateKeys.Data] is not JsonObject data || data[KeptValuesKey] is not JsonObject kept)
        {
            return;
        }

        foreach (var name in data[AnsweredKey]?.AsArray().Select(n => n?.GetValue<string>()).OfType<string>() ?? [])
        {
            kept.Remove(name);
        }
    }

    /// <summary>
    /// Merges the valid values of this answer into the kept values; an invalid value leaves the earlier kept value in
    /// place and goes into <paramref name="rejected"/> when its field shows rejected values.
    /// </summary>
    private JsonObject KeepValidValues(DialogInstance instance, IReadOnlyDictionary<string, string> values, JsonObject rejected, out List<string> errors)
    {
        var data = instance.State[PromptStateKeys.Data] as JsonObject ?? [];
        instance.State[PromptStateKeys.Data] = data;
        if (data[KeptValuesKey] is not JsonObject kept)
        {
            kept = [];
            data[KeptValuesKey] = kept;
        }

        errors = [];
        var answered = new JsonArray();
        data[AnsweredKey] = answered;
        foreach (var field in Fields)
        {
            if (!values.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            var error = field.Validator?.Invoke(value);
            if (error is null)
            {
                kept[field.Name] = value;
                answered.Add(field.Name);
            }
            else
            {
                errors.Add($"{field.Label}: {error}");
                if (field.ShowsRejectedValue)
                {
                    rejected[field.Name] = value;
                }
            }
        }

        return kept;
    }

    private string DescribeErrors(DialogMessages messages, List<string> errors, JsonObject kept)
    {
        var builder = new StringBuilder(messages.FormInvalid);
        foreach (var error in errors)
        {
            builder.Append("\n- ").Append(error);
        }

        var keptFields = Fields.Where(field => kept.ContainsKey(field.Name)).ToList();
        if (keptFields.Count > 0)
        {
            builder.Append("\n\n").Append(Format(messages.FormKept, ListLabels(keptFields)));
        }

        return builder.ToString();
    }

    private static string ListLabels(IEnumerable<FormField> fields) => string.Join(", ", fields.Select(field => field.Label));
}
