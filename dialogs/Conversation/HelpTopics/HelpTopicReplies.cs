using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.Content;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using System.Text.Json;

namespace HelpBot.Dialogs.Conversation.HelpTopics;

/// <summary>Sends help topics and the list of topics.</summary>
public static class HelpTopicReplies
{
    public static Task SendTopicAsync(ITurnContext turn, HelpTopic topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Reply.SendStepAsync(turn, ConversationSteps.HelpTopic, ContentText.HelpTopic(topic), cancellationToken);
    }

    /// <summary>
    /// Sends the topics as buttons that type a question, so picking one works like typing it. The list has
    /// bullets, not numbers, because the menu that follows takes a typed number as its own option.
    /// </summary>
    public static Task SendListAsync(ITurnContext turn, DeskAidContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(content);
        var text = "Help topics (press one, or type its name):\n" + ContentText.Bullets(content.HelpTopics.Select(t => t.Title));
        var activity = Reply.Text(text);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. content.HelpTopics.Select(topic => new CardAction
            {
                Type = ActionTypes.ImBack,
                Title = topic.Title,
                Value = JsonSerializer.SerializeToElement(topic.Title, Serialization.ConversationJsonContext.Default.String),
            })],
        };
        return Reply.SendStepAsync(turn, ConversationSteps.HelpTopic, activity, cancellationToken);
    }
}
