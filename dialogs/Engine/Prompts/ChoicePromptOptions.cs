using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Options of a <see cref="ChoicePrompt"/>.</summary>
public sealed class ChoicePromptOptions : PromptOptions
{
    /// <summary>The options, in the order they are numbered (from 1) and shown.</summary>
    [JsonPropertyName("choices")]
    public List<Choice> Choices { get; set; } = [];

    /// <summary>Whether the question text lists the options as "1. …" lines, for typing and screen readers. Defaults to true.</summary>
    [JsonPropertyName("showNumberedList")]
    public bool ShowNumberedList { get; set; } = true;

    /// <summary>
    /// The message sent before the question is asked again when the typed answer says the user is not sure
    /// (<see cref="UnsureWords"/>: "maybe", "not sure", "I don't know"). It should say what each option means
    /// in the question's terms. Null reads such an answer like any other text.
    /// </summary>
    [JsonPropertyName("unsureReply")]
    public string? UnsureReply { get; set; }

    /// <summary>Whether the options are also sent as suggested-action buttons (imBack). Defaults to true.</summary>
    [JsonPropertyName("showButtons")]
    public bool ShowButtons { get; set; } = true;
}
