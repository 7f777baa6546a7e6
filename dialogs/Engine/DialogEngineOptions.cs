using System.ComponentModel.DataAnnotations;
using HelpBot.Dialogs.Engine.Commands;

namespace HelpBot.Dialogs.Engine;

/// <summary>Settings of the dialog engine. Bound from the <c>Dialogs</c> configuration section.</summary>
public sealed class DialogEngineOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>Conversation-state key the dialog stack is stored under. Defaults to <c>dialogState</c>.</summary>
    [Required]
    public string StateKey { get; set; } = "dialogState";

    /// <summary>
    /// IANA time zone for dates and times when the activity has no valid <c>localTimezone</c>.
    /// Defaults to <c>America/Denver</c> (Colorado).
    /// </summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "America/Denver";

    /// <summary>After this many invalid answers to one question the retry message adds <see cref="DialogMessages.HelpHint"/>. Defaults to 3.</summary>
    [Range(1, 100)]
    public int HelpHintAfterAttempts { get; set; } = 3;

    /// <summary>
    /// Global commands: command name to the phrases that trigger it when typed as the whole message
    /// (compared case-insensitively, ignoring punctuation and extra spaces). Built-in names are in
    /// <see cref="DialogCommands"/>; add other names for app commands and handle them in
    /// <see cref="DialogHooks.OnCommandAsync"/>.
    /// </summary>
    public Dictionary<string, List<string>> Commands { get; set; } = CommandPhrases.CreateDefaults();

    /// <summary>Everything the engine and its prompts say.</summary>
    [Required]
    public DialogMessages Messages { get; set; } = new();
}
