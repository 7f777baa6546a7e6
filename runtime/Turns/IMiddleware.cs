namespace HelpBot.Runtime.Turns;

/// <summary>
/// A step around every turn. It calls <paramref name="next"/> to run the rest of the pipeline,
/// or returns without calling it to end the turn early.
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
