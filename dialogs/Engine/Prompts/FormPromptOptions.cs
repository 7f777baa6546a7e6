using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Options of an <see cref="AdaptiveCardFormPrompt"/>.</summary>
public sealed class FormPromptOptions : PromptOptions
{
    /// <summary>
    /// The id this form's submits must carry in <see cref="SubmitDataKeys.PromptId"/>. Create it
    /// with <see cref="PromptIds.Create"/> before building the card, so the card can carry it.
    /// Null makes the prompt create one and write it into the data of every <c>Action.Submit</c>
    /// and <c>Action.Execute</c> of the card attachments.
    /// </summary>
    [JsonPropertyName("promptId")]
    public string? PromptId { get; set; }
}
