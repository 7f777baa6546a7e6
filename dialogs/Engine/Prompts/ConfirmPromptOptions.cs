using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Options of a <see cref="ConfirmPrompt"/>.</summary>
public sealed class ConfirmPromptOptions : PromptOptions
{
    /// <summary>Phrases that also mean yes at this question, such as "that fixed it".</summary>
    [JsonPropertyName("yesSynonyms")]
    public List<string> YesSynonyms { get; set; } = [];

    /// <summary>Phrases that also mean no at this question, such as "still broken".</summary>
    [JsonPropertyName("noSynonyms")]
    public List<string> NoSynonyms { get; set; } = [];

    /// <summary>Title of the yes button; also accepted as typed text. Defaults to "Yes".</summary>
    [JsonPropertyName("yesTitle")]
    public string YesTitle { get; set; } = "Yes";

    /// <summary>Title of the no button; also accepted as typed text. Defaults to "No".</summary>
    [JsonPropertyName("noTitle")]
    public string NoTitle { get; set; } = "No";
}
