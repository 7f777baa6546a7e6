using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// Middleware that copies, after each turn, the values the dialogs recorded for replacement in a channel's
/// stored copy of the message (<see cref="TranscriptPasswords.GetTranscriptValues"/>).
/// </summary>
internal sealed class TranscriptValueRecorder : IMiddleware
{
    /// <summary>The recorded values of each turn in order, each value with its placeholder.</summary>
    public List<Dictionary<string, string>> Turns { get; } = [];

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);
        Turns.Add(new Dictionary<string, string>(turn.GetTranscriptValues(), StringComparer.Ordinal));
    }
}
