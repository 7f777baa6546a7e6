using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>Reads the parts of Teams' inbound <c>channelData</c> the bot uses.</summary>
public static class TeamsChannelData
{
    /// <summary>The Entra tenant of the activity: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? GetTenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadNested(activity.ChannelData, "tenant", "id") ?? activity.Conversation?.TenantId;
    }

    /// <summary>The team id (<c>channelData.team.id</c>), present only in team channels.</summary>
    public static string? GetTeamId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadNested(activity.ChannelData, "team", "id");
    }

    /// <summary>
    /// Whether the conversation is a 1:1 chat with the bot: <c>conversationType</c> is
    /// <c>personal</c>, or absent with no team and <c>isGroup</c> not true.
    /// </summary>
    public static bool IsPersonal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        if (conversation?.ConversationType is { } type)
        {
            return string.Equals(type, TeamsActivityNames.PersonalConversation, StringComparison.OrdinalIgnoreCase);
        }

        return conversation?.IsGroup != true && GetTeamId(activity) is null;
    }

    private static string? ReadNested(JsonElement? data, string objectName, string propertyName) =>
        data is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty(objectName, out var inner) && inner.ValueKind == JsonValueKind.Object
        && inner.TryGetProperty(propertyName, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
