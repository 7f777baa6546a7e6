using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Tests.TestDoubles;

/// <summary>A turn handler that runs the given function.</summary>
internal sealed class DelegateTurnHandler(Func<ITurnContext, CancellationToken, Task> onTurn) : ITurnHandler
{
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => onTurn(turn, cancellationToken);
}
