using System.Text;
using System.Text.Json.Nodes;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for free text and returns it trimmed, as a JSON string. Applies
/// <see cref="PromptValidationSettings.MinLength"/> (letters and digits) and
/// <see cref="PromptValidationSettings.MaxLength"/> (UTF-16 characters), then the optional validator.
/// </summary>
public sealed class TextPrompt : Prompt<string, PromptOptions>
{
    public TextPrompt(string id, PromptValidator<string>? validator = null)
        : base(id, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var messages = dc.Options.Messages;
        var text = dc.Turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Task.FromResult(PromptRecognition.Failure<string>(messages.TextMissing));
        }

        var settings = options.Validation;
        if (settings?.MinLength is int min && CountLettersAndDigits(text) < min)
        {
            return Task.FromResult(PromptRecognition.Failure<string>(Format(messages.TextTooShort, min)));
        }

        if (settings?.MaxLength is int max && text.Length > max)
        {
            return Task.FromResult(PromptRecognition.Failure<string>(Format(messages.TextTooLong, max, text.Length)));
        }

        return Task.FromResult(PromptRecognition.Success(text));
    }

    protected override JsonNode? ToResult(string value) => JsonValue.Create(value);

    // Counts Unicode scalar values, so an emoji (two UTF-16 chars) or a punctuation mark adds nothing.
    private static int CountLettersAndDigits(string text) => text.EnumerateRunes().Count(Rune.IsLetterOrDigit);
}
