using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Turns;

/// <summary>
/// One turn: the inbound activity, the state loaded for it, and the way to send replies on the
/// channel it came from. Dialogs see only this, never the channel.
/// </summary>
public interface ITurnContext
{
    /// <summary>The inbound activity that started the turn.</summary>
    Activity Activity { get; }

    /// <summary>Conversation and user state, read once before the turn and written once after it.</summary>
    TurnState State { get; }

    /// <summary>Values shared by middleware and handlers during this turn only.</summary>
    IDictionary<string, object> Items { get; }

    /// <summary>Whether the bot has sent at least one message activity in this turn.</summary>
    bool Responded { get; }

    /// <summary>The response to an <c>invoke</c> activity; null for other activity types.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Sends <paramref name="activity"/> to the conversation of the inbound activity. Fields the bot
    /// leaves empty (conversation, from, recipient, channel, replyToId) are filled from the inbound activity.
    /// </summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
