using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Options of a <see cref="DateTimePrompt"/>.</summary>
public sealed class DateTimePromptOptions : PromptOptions
{
    /// <summary>
    /// IANA time zone used when the activity carries no valid <c>localTimezone</c>; null uses
    /// <see cref="DialogEngineOptions.DefaultTimeZone"/> (America/Denver by default).
    /// </summary>
    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; set; }

    /// <summary>Rejects a time later than now, for questions about when something happened. Defaults to false.</summary>
    [JsonPropertyName("notInFuture")]
    public bool NotInFuture { get; set; }

    /// <summary>
    /// Resolves a date typed without a year (such as "12/30") to the past year when it would
    /// otherwise be later than today. Defaults to false.
    /// </summary>
    [JsonPropertyName("assumePast")]
    public bool AssumePast { get; set; }

    /// <summary>Whether the prompt replies with the date and time it understood before ending. Defaults to true.</summary>
    [JsonPropertyName("confirmUnderstood")]
    public bool ConfirmUnderstood { get; set; } = true;
}
