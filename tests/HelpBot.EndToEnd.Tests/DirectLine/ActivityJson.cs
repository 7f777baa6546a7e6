using System.Text.Json;

namespace HelpBot.EndToEnd.Tests.DirectLine;

/// <summary>Reads the parts of an activity (as the clients received it) that the tests assert on.</summary>
internal static class ActivityJson
{
    public static string? Type(JsonElement activity) => GetString(activity, "type");

    public static string? Id(JsonElement activity) => GetString(activity, "id");

    public static string? Text(JsonElement activity) => GetString(activity, "text");

    public static string? ClientActivityId(JsonElement activity) =>
        activity.TryGetProperty("channelData", out var channelData) ? GetString(channelData, "clientActivityID") : null;

    /// <summary>Whether the activity is a message from the bot: <c>from.role</c> is "bot", or, without a role, it carries no client activity id.</summary>
    public static bool IsBotMessage(JsonElement activity)
    {
        if (Type(activity) != "message" || !activity.TryGetProperty("from", out var from))
        {
            return false;
        }

        var role = GetString(from, "role");
        return role is not null ? role == "bot" : ClientActivityId(activity) is null;
    }

    /// <summary>The <c>channelData.helpbot</c> marker's property, such as "prompt", "field" or "step".</summary>
    public static string? Marker(JsonElement activity, string name)
    {
        return activity.TryGetProperty("channelData", out var channelData)
            && channelData.ValueKind == JsonValueKind.Object
            && channelData.TryGetProperty("helpbot", out var marker)
            ? GetString(marker, name)
            : null;
    }

    /// <summary>The Adaptive Card contents among the activity's attachments.</summary>
    public static IEnumerable<JsonElement> AdaptiveCards(JsonElement activity)
    {
        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var attachment in attachments.EnumerateArray())
        {
            if (GetString(attachment, "contentType") == "application/vnd.microsoft.card.adaptive"
                && attachment.TryGetProperty("content", out var content))
            {
                yield return content;
            }
        }
    }

    /// <summary>All the text a user would read: the message text and every string in its cards.</summary>
    public static string VisibleText(JsonElement activity)
    {
        var parts = new List<string>();
        if (Text(activity) is { } text)
        {
            parts.Add(text);
        }

        foreach (var card in AdaptiveCards(activity))
        {
            CollectStrings(card, parts);
        }

        return string.Join('\n', parts);
    }

    private static void CollectStrings(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                parts.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectStrings(item, parts);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, parts);
                }

                break;
        }
    }

    private static string? GetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
