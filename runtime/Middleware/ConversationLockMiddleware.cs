using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace HelpBot.Runtime.Middleware;

/// <summary>
/// Runs the turns of one conversation one after another, in arrival order, so a quick second
/// message never reads state that the first turn is about to overwrite. Turns of different
/// conversations run in parallel.
/// </summary>
public sealed class ConversationLockMiddleware(ConversationLock conversationLock, ILogger<ConversationLockMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;

        // The fallbacks match the keys StateMiddleware uses, so turns that share state share a lock.
        var channelId = activity.ChannelId ?? StateKeys.UnknownId;
        var conversationId = activity.Conversation?.Id ?? StateKeys.UnknownId;

        var acquire = conversationLock.AcquireAsync(channelId, conversationId, cancellationToken);
        if (!acquire.IsCompleted)
        {
            logger.TurnWaitingForConversation(activity.Id, conversationId, channelId);
        }

        using var lease = await acquire;
        await next(cancellationToken);
    }
}
