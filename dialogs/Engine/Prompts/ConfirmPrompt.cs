using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a yes/no question with Yes and No suggested actions and returns a JSON boolean.
/// Accepts the button titles, common words (yes, y, yeah, yep, no, n, nope, ...), a leading yes or
/// no followed by more words, the per-question synonyms in <see cref="ConfirmPromptOptions"/>, and
/// a submit value <c>{"confirm":true}</c> or <c>{"confirm":"yes"}</c>.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool, ConfirmPromptOptions>
{
    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null)
        : base(id, validator)
    {
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, ConfirmPromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var activity = dc.Turn.Activity;
        var answer = ReadSubmittedValue(activity.Value, options) ?? Recognize(activity.Text, options);
        return Task.FromResult(answer is bool value
            ? PromptRecognition.Success(value)
            : PromptRecognition.Failure<bool>(Format(dc.Options.Messages.ConfirmNotRecognized, options.YesTitle, options.NoTitle)));
    }

    protected override JsonNode? ToResult(bool value) => JsonValue.Create(value);

    protected override Activity DecoratePrompt(Activity activity, DialogInstance instance, ConfirmPromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [CreateButton(options.YesTitle), CreateButton(options.NoTitle)],
        };
        return activity;
    }

    /// <summary>Returns true for yes, false for no, or null when <paramref name="text"/> is neither.</summary>
    public static bool? Recognize(string? text, ConfirmPromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (Matches(normalized, options.YesSynonyms, options.YesTitle, ConfirmWords.Yes))
        {
            return true;
        }

        if (Matches(normalized, options.NoSynonyms, options.NoTitle, ConfirmWords.No))
        {
            return false;
        }

        var firstWord = normalized.Split(' ')[0];
        return ConfirmWords.LeadingYes.Contains(firstWord) ? true
            : ConfirmWords.LeadingNo.Contains(firstWord) ? false
            : null;
    }

    private static bool Matches(string normalized, List<string> synonyms, string title, string[] defaults) =>
        normalized == TextNormalizer.Normalize(title)
        || defaults.Contains(normalized)
        || synonyms.Any(synonym => TextNormalizer.Normalize(synonym) == normalized);

    private static bool? ReadSubmittedValue(JsonElement? value, ConfirmPromptOptions options)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty(SubmitDataKeys.Confirm, out var confirm))
        {
            return null;
        }

        return confirm.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => Recognize(confirm.GetString(), options),
            _ => null,
        };
    }

    private static CardAction CreateButton(string title) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(title, DialogJsonContext.Default.String),
    };
}
