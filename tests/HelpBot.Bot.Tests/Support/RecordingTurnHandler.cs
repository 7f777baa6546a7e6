using System.Collections.Concurrent;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// A turn handler that records the text of every message it gets and replies with its length only,
/// so a test can check what the turn received without the reply repeating the text.
/// </summary>
internal sealed class RecordingTurnHandler : ITurnHandler
{
    /// <summary>The text of each message, in the order the turns ran.</summary>
    public ConcurrentQueue<string?> Texts { get; } = new();

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return Task.CompletedTask;
        }

        Texts.Enqueue(turn.Activity.Text);
        return turn.SendTextAsync($"Received a message of {turn.Activity.Text?.Length ?? 0} characters.", cancellationToken);
    }
}
