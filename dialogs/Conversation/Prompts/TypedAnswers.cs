using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Protocol.Models;
using System.Text.Json;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Helpers the conversation's prompts share to read card submits and typed words.</summary>
public static class TypedAnswers
{
    /// <summary>Returns the <c>action</c> of a card submit, or null when the activity is not one.</summary>
    public static string? ReadAction(Activity activity) => ReadValueString(activity, "action");

    /// <summary>Returns the string property <paramref name="name"/> of the activity's <c>value</c> object, or null.</summary>
    public static string? ReadValueString(Activity activity, string name)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(name, out var property)
            && property.ValueKind == JsonValueKind.String
                ? property.GetString()
                : null;
    }

    /// <summary>Returns the typed text normalized for comparison (lower case, no punctuation).</summary>
    public static string Normalize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return TextNormalizer.Normalize(activity.Text);
    }

    /// <summary>Returns whether <paramref name="normalized"/> equals one of <paramref name="phrases"/> or starts with one followed by a space.</summary>
    public static bool Matches(string normalized, params string[] phrases) =>
        phrases.Any(p => normalized == p || normalized.StartsWith(p + " ", StringComparison.Ordinal));

    /// <summary>Returns whether the normalized text means "I don't know".</summary>
    public static bool IsDontKnow(string normalized) =>
        Matches(normalized, "i dont know", "dont know", "i do not know", "not sure", "im not sure", "no idea", "idk", "unknown", "no clue");
}
