using System.Text.Json.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt asks and how it helps. Persisted with the prompt's instance, so everything here
/// must be data; validators that are code go to the prompt's constructor instead.
/// Pass a derived type to the prompts that need more (<see cref="ChoicePromptOptions"/>,
/// <see cref="ConfirmPromptOptions"/>, <see cref="DateTimePromptOptions"/>, <see cref="FormPromptOptions"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(PromptOptions), "prompt")]
[JsonDerivedType(typeof(ChoicePromptOptions), "choice")]
[JsonDerivedType(typeof(ConfirmPromptOptions), "confirm")]
[JsonDerivedType(typeof(DateTimePromptOptions), "dateTime")]
[JsonDerivedType(typeof(FormPromptOptions), "form")]
public class PromptOptions
{
    /// <summary>The question: a text message, or a message with a card attachment.</summary>
    [JsonPropertyName("prompt")]
    public Activity? Prompt { get; set; }

    /// <summary>
    /// The question to ask after invalid input, sent after the message that says what was wrong.
    /// Null repeats <see cref="Prompt"/>.
    /// </summary>
    [JsonPropertyName("retryPrompt")]
    public Activity? RetryPrompt { get; set; }

    /// <summary>What the bot says when the user types "help" at this question; null uses the prompt's own help or the app's general help.</summary>
    [JsonPropertyName("helpText")]
    public string? HelpText { get; set; }

    /// <summary>Checks applied to the recognized value before the prompt accepts it.</summary>
    [JsonPropertyName("validation")]
    public PromptValidationSettings? Validation { get; set; }

    /// <summary>Creates options for a plain-text question.</summary>
    public static PromptOptions FromText(string text, string? helpText = null) =>
        new() { Prompt = PromptActivities.Text(text), HelpText = helpText };
}
