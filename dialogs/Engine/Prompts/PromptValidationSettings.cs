using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Declarative checks a prompt applies before accepting a value; all are off by default.</summary>
public sealed class PromptValidationSettings
{
    /// <summary>
    /// Minimum count of letters and digits in a text answer, so emoji and punctuation alone fall short.
    /// Text prompts only.
    /// </summary>
    [JsonPropertyName("minLength")]
    public int? MinLength { get; set; }

    /// <summary>Maximum length in characters of a text answer, after trimming. Text prompts only.</summary>
    [JsonPropertyName("maxLength")]
    public int? MaxLength { get; set; }

    /// <summary>
    /// After this many failed attempts the retry message also tells the user about "help";
    /// null uses <see cref="DialogEngineOptions.HelpHintAfterAttempts"/> (3 by default).
    /// </summary>
    [JsonPropertyName("helpHintAfterAttempts")]
    public int? HelpHintAfterAttempts { get; set; }
}
