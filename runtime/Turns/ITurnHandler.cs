namespace HelpBot.Runtime.Turns;

/// <summary>The bot's logic: runs once per inbound activity, after every middleware.</summary>
public interface ITurnHandler
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
