using System.Collections.Concurrent;
using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// A turn handler that records the attachment names of every message it gets and replies with
/// <see cref="Reply"/>, a message whose text, card and suggested action contain fake identifiers.
/// On Direct Line the turn moves the text of a message with a card to its summary.
/// </summary>
internal sealed class CardReplyTurnHandler : ITurnHandler
{
    public const string ReplyText = "For your own notes: you spoke with Sam.";
    public const string CardText = "Keep all for the call: test.client@example.org, 303-555-0147";
    public const string ActionTitle = "Call 303-555-0147";

    /// <summary>The attachment names of each message, in the order the turns ran.</summary>
    public ConcurrentQueue<string?> AttachmentNames { get; } = new();

    /// <summary>Returns a new copy of the reply the handler sends.</summary>
    public static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Text = ReplyText,
        Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.card.adaptive",
                Content = JsonSerializer.SerializeToElement(new Dictionary<string, object>
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new[] { new Dictionary<string, string> { ["type"] = "TextBlock", ["text"] = CardText } },
                }),
            },
        ],
        SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction { Type = "imBack", Title = ActionTitle, Value = JsonSerializer.SerializeToElement(ActionTitle) }],
        },
    };

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return Task.CompletedTask;
        }

        foreach (var attachment in turn.Activity.Attachments ?? [])
        {
            AttachmentNames.Enqueue(attachment.Name);
        }

        return turn.SendActivityAsync(Reply(), cancellationToken);
    }
}
