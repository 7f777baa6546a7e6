using HelpBot.Runtime.Turns;

namespace HelpBot.Benchmarks.Micro;

/// <summary>Sends one text reply per turn and touches no state, like the host's placeholder handler.</summary>
public sealed class EchoHandler : ITurnHandler
{
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendTextAsync("You said: " + turn.Activity.Text, cancellationToken);
}
