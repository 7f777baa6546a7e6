using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.Teams;

/// <summary>Reads the conversation's <c>channelData.helpbot</c> markers and card actions from replies.</summary>
internal static class TeamsMarkers
{
    public static string? Get(Activity activity, string name) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("helpbot", out var marker) && marker.ValueKind == JsonValueKind.Object
        && marker.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The data of the first Action.Submit whose title contains <paramref name="title"/>, searched in every card of the replies.</summary>
    public static JsonElement? FindSubmitData(IEnumerable<Activity> replies, string title)
    {
        foreach (var card in replies.SelectMany(reply => reply.Attachments ?? []).Where(a => a.ContentType == ContentTypes.AdaptiveCard && a.Content is not null))
        {
            var found = FindSubmit(card.Content!.Value, title);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static JsonElement? FindSubmit(JsonElement node, string title)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit"
                && node.TryGetProperty("title", out var actionTitle) && actionTitle.GetString()?.Contains(title, StringComparison.OrdinalIgnoreCase) == true
                && node.TryGetProperty("data", out var data))
            {
                return data;
            }

            foreach (var property in node.EnumerateObject())
            {
                if (FindSubmit(property.Value, title) is { } nested)
                {
                    return nested;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                if (FindSubmit(item, title) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }
}
