using System.Text.Json.Nodes;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Builds and reads the options of <see cref="FieldPrompt"/>. Null options ask the field as usual. Options
/// from the PII review: <c>{"placeholderText": "..."}</c>, the field's text with each finding replaced by
/// its placeholder, which the question shows and prefills in place of the field's text.
/// </summary>
public static class FieldPromptOptions
{
    private const string PlaceholderTextKey = "placeholderText";

    /// <summary>Creates options that ask the field again from the PII review, showing <paramref name="placeholderText"/>.</summary>
    public static JsonObject FromReview(string placeholderText)
    {
        ArgumentNullException.ThrowIfNull(placeholderText);
        return new JsonObject { [PlaceholderTextKey] = placeholderText };
    }

    /// <summary>Returns the placeholder text in <paramref name="options"/>, or null when the field is asked as usual.</summary>
    public static string? ReadPlaceholderText(JsonNode? options) =>
        options is JsonObject values && values[PlaceholderTextKey] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
