using HelpBot.Protocol.Models;
using HelpBot.Runtime.Diagnostics;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace HelpBot.Runtime.Middleware;

/// <summary>
/// The outermost middleware. It catches what the rest of the turn throws, logs it with ids only,
/// and replies that the user's earlier answers are kept and how to continue. Because
/// <see cref="StateMiddleware"/> runs inside it, a failed turn writes no state.
/// </summary>
/// <remarks>
/// An <see cref="OperationCanceledException"/> raised after the turn's token was cancelled (the
/// channel's request was aborted) is rethrown, since nobody is waiting for a reply.
/// </remarks>
public sealed class ErrorHandlerMiddleware(ILogger<ErrorHandlerMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            await HandleAsync(turn, exception, cancellationToken);
        }
    }

    private async Task HandleAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var conflict = exception as StorageConcurrencyException;
        if (conflict is not null)
        {
            logger.TurnStateConflict(activity.Id, activity.Type, activity.ChannelId, activity.Conversation?.Id, conflict.Key);
        }
        else
        {
            logger.TurnFailed(RedactedException.Create(exception), activity.Id, activity.Type, activity.ChannelId, activity.Conversation?.Id);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var body = conflict is null ? ErrorReplies.FailureInvokeBody : ErrorReplies.ConflictInvokeBody;
            turn.InvokeResponse = new InvokeResponse(ErrorReplies.InvokeStatus, body);
        }

        if (ShouldReply(activity.Type))
        {
            await TrySendReplyAsync(turn, conflict is null ? ErrorReplies.Failure : ErrorReplies.Conflict, cancellationToken);
        }
    }

    // Replies only to activities a person sent on purpose; a failed conversationUpdate or
    // messageReaction has no "last answer" to repeat.
    private static bool ShouldReply(string? activityType) =>
        activityType is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.Event;

    private async Task TrySendReplyAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        try
        {
            await turn.SendTextAsync(text, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.ErrorReplyFailed(RedactedException.Create(exception), turn.Activity.Id, turn.Activity.Conversation?.Id);
        }
    }
}
