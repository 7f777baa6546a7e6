using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Turns;

/// <summary>
/// Shapes a message that carries both <c>text</c> and an Adaptive Card for a channel whose clients
/// render cards. Web Chat and Teams show the text as a bubble of its own next to the card, so the question
/// would appear twice. The text moves to <c>summary</c>, which the Activity protocol defines as the
/// text for clients that cannot show the attachments, and the card keeps its own <c>fallbackText</c>.
/// </summary>
public static class CardMessageText
{
    /// <summary>
    /// Whether the channel is a Direct Line channel: Web Chat (<c>webchat</c>) or another Direct Line
    /// client (<c>directline</c>). Teams messages are shaped by its own sender, which also cuts the
    /// summary to the length of a notification.
    /// </summary>
    public static bool IsDirectLineChannel(string? channelId) =>
        channelId is ChannelIds.WebChat or ChannelIds.DirectLine;

    /// <summary>
    /// Moves the text of a message with an Adaptive Card attachment to <c>summary</c>, cut to
    /// <paramref name="maxSummaryLength"/> characters with an ellipsis when it is longer. A summary
    /// the bot set already stays. Other activities are left as they are.
    /// </summary>
    public static void MoveToSummary(Activity activity, int maxSummaryLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSummaryLength, 2);
        var hasCard = activity.Attachments?.Exists(attachment => attachment.ContentType == ContentTypes.AdaptiveCard) == true;
        if (activity.Type != ActivityTypes.Message || !hasCard || string.IsNullOrEmpty(activity.Text))
        {
            return;
        }

        var text = activity.Text;
        activity.Summary ??= text.Length <= maxSummaryLength ? text : text[..(maxSummaryLength - 1)] + "…";
        activity.Text = null;
        activity.TextFormat = null;
    }
}
