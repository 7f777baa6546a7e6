using HelpBot.Runtime.Turns;

namespace HelpBot.Benchmarks.DialogHost;

/// <summary>
/// Sends two short text replies per turn and uses no state or dialogs, so a run with it shows what
/// the second Connector request of a HelpBot turn costs on its own.
/// </summary>
public sealed class TwoRepliesHandler : ITurnHandler
{
    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await turn.SendTextAsync("First reply.", cancellationToken);
        await turn.SendTextAsync("Second reply.", cancellationToken);
    }
}
