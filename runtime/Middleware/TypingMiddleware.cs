using HelpBot.Protocol.Models;
using HelpBot.Runtime.Diagnostics;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Runtime.Middleware;

/// <summary>
/// Sends typing activities while a slow message turn runs: the first after
/// <see cref="TypingOptions.Delay"/>, then one every <see cref="TypingOptions.Interval"/> until the
/// turn ends. A turn that finishes within the delay sends none.
/// </summary>
/// <remarks>
/// Typing activities are sent concurrently with the turn's own replies, so the channel's
/// <see cref="IActivitySender"/> must accept concurrent sends. A failed typing send is logged and
/// ends typing for that turn, so a broken channel gets no further attempts.
/// </remarks>
public sealed class TypingMiddleware : IMiddleware
{
    private readonly TimeSpan _delay;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<TypingMiddleware> _logger;

    public TypingMiddleware(IOptions<TypingOptions> options, TimeProvider timeProvider, ILogger<TypingMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _delay = options.Value.Delay;
        _interval = options.Value.Interval;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return next(cancellationToken);
        }

        // A turn that completes synchronously needs no timer at all.
        var turnTask = next(cancellationToken);
        return turnTask.IsCompleted ? turnTask : AwaitWithTypingAsync(turn, turnTask, cancellationToken);
    }

    private async Task AwaitWithTypingAsync(ITurnContext turn, Task turnTask, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingUntilStoppedAsync(turn, stop.Token);
        try
        {
            await turnTask;
        }
        finally
        {
            // Waiting for the loop keeps a typing send from outliving the turn and its sender.
            await stop.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingUntilStoppedAsync(ITurnContext turn, CancellationToken stopToken)
    {
        try
        {
            await Task.Delay(_delay, _timeProvider, stopToken);
            using var timer = new PeriodicTimer(_interval, _timeProvider);
            do
            {
                if (!await TrySendTypingAsync(turn, stopToken))
                {
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(stopToken));
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
            // The turn ended or was cancelled.
        }
    }

    private async Task<bool> TrySendTypingAsync(ITurnContext turn, CancellationToken stopToken)
    {
        try
        {
            await turn.SendTypingAsync(stopToken);
            return true;
        }
        catch (Exception exception)
        {
            // A send that fails because the turn just ended is expected and not worth a log entry.
            if (!stopToken.IsCancellationRequested)
            {
                _logger.TypingFailed(RedactedException.Create(exception), turn.Activity.Id, turn.Activity.Conversation?.Id);
            }

            return false;
        }
    }
}
