using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Turns;

/// <summary>
/// Runs one inbound activity through the middleware, in registration order, and then the turn
/// handler. Channels call this; it knows nothing of HTTP.
/// </summary>
public sealed class TurnPipeline
{
    private readonly IMiddleware[] _middleware;
    private readonly ITurnHandler _handler;

    public TurnPipeline(IEnumerable<IMiddleware> middleware, ITurnHandler handler)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(handler);
        _middleware = [.. middleware];
        _handler = handler;
    }

    /// <summary>
    /// Processes <paramref name="activity"/> and sends replies through <paramref name="sender"/>.
    /// </summary>
    /// <returns>The invoke response for an <c>invoke</c> activity; otherwise null.</returns>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, IActivitySender sender, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, sender);
        return await ProcessAsync(turn, cancellationToken);
    }

    /// <summary>
    /// Processes the turn that <paramref name="turn"/> starts. A channel calls this when it reads what
    /// the turn recorded in <see cref="ITurnContext.Items"/> after the turn, such as <see cref="TranscriptPasswords"/>.
    /// </summary>
    /// <returns>The invoke response for an <c>invoke</c> activity; otherwise null.</returns>
    public async Task<InvokeResponse?> ProcessAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await RunAsync(turn, 0, cancellationToken);
        return turn.InvokeResponse;
    }

    private Task RunAsync(ITurnContext turn, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Length)
        {
            return _handler.OnTurnAsync(turn, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turn, ct => RunAsync(turn, index + 1, ct), cancellationToken);
    }
}
