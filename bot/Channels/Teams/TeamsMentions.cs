using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// Removes the bot's own @mention from a message. In channels and group chats Teams delivers only
/// messages that mention the bot, with <c>&lt;at&gt;HelpBot&lt;/at&gt;</c> in the text and a
/// <c>mention</c> entity whose <c>mentioned.id</c> is the bot's id.
/// </summary>
public static class TeamsMentions
{
    /// <summary>
    /// Removes the text of every mention entity that names <c>activity.recipient.id</c> from
    /// <c>activity.text</c>, then trims it. Mentions of other people stay.
    /// </summary>
    /// <returns>Whether the text changed.</returns>
    public static bool StripBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(activity.Text) || string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return false;
        }

        var text = activity.Text;
        foreach (var mention in activity.Entities.Where(entity => string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)))
        {
            var mentionText = mention.GetString("text");
            if (!string.IsNullOrEmpty(mentionText) && string.Equals(MentionedId(mention), botId, StringComparison.Ordinal))
            {
                text = text.Replace(mentionText, " ", StringComparison.Ordinal);
            }
        }

        text = text.Trim();
        if (text == activity.Text)
        {
            return false;
        }

        activity.Text = text;
        return true;
    }

    private static string? MentionedId(Entity mention) =>
        mention.Properties is not null
        && mention.Properties.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == System.Text.Json.JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
}
