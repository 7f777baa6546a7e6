using HelpBot.Bot.Channels.Teams;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Runs a turn for the channel's request, but waits for it at most
/// <see cref="BotFrameworkOptions.TurnResponseTimeout"/>. A slower turn keeps running in the
/// background and sends its replies (and typing) through the Connector. The turn is tied to the
/// host's lifetime, not to the request, so a channel that hangs up does not cancel it.
/// </summary>
public sealed class BackgroundTurnRunner(
    TurnPipeline pipeline,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    IOptions<BotFrameworkOptions> options,
    ILogger<BackgroundTurnRunner> logger)
{
    /// <summary>Runs <paramref name="turn"/> and returns when it finished or the timeout passed.</summary>
    public async Task<TurnOutcome> RunAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnActivity is null)
        {
            return new TurnOutcome(true, turn.CompleteInvoke(null));
        }

        var stopping = lifetime.ApplicationStopping;
        var turnTask = pipeline.ProcessAsync(turn.TurnActivity, turn.Sender, stopping);
        try
        {
            var response = await turnTask.WaitAsync(options.Value.TurnResponseTimeout, timeProvider, cancellationToken);
            return new TurnOutcome(true, turn.CompleteInvoke(response));
        }
        catch (TimeoutException)
        {
            logger.MessagesTurnContinuesInBackground(turn.TurnActivity.Id, turn.TurnActivity.Conversation?.Id);
            _ = FinishInBackgroundAsync(turn, turnTask, stopping);
            return new TurnOutcome(false, null);
        }
    }

    private async Task FinishInBackgroundAsync(TeamsTurn turn, Task turnTask, CancellationToken stopping)
    {
        var activity = turn.TurnActivity!;
        try
        {
            await turn.DetachAsync(stopping);
            await turnTask;
            logger.MessagesBackgroundTurnFinished(activity.Id, activity.Conversation?.Id);
        }
        catch (Exception error)
        {
            logger.MessagesBackgroundTurnFailed(error.GetType().FullName, activity.Id, activity.Conversation?.Id);
        }
    }
}
