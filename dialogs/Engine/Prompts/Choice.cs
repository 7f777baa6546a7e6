using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, string? title = null, params string[] synonyms)
    {
        Value = value;
        Title = title;
        Synonyms = [.. synonyms];
    }

    /// <summary>The value the prompt returns, such as <c>peak</c>; also accepted as typed text.</summary>
    [JsonPropertyName("value")]
    public string Value { get; set; } = "";

    /// <summary>What the user sees on the button and in the numbered list; null shows <see cref="Value"/>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Other words that pick this option, such as <c>SES</c> for PEAK.</summary>
    [JsonPropertyName("synonyms")]
    public List<string> Synonyms { get; set; } = [];

    /// <summary>The text shown for this option.</summary>
    [JsonIgnore]
    public string DisplayText => Title ?? Value;
}
