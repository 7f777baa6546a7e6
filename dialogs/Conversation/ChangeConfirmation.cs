using System.Text.Json;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.Serialization;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// The question whether "change my answers" (or "I don't work in CBMS") may drop the report in progress. Yes
/// drops it and asks the first-time questions again. No keeps the report and asks its question again. Any other
/// message withdraws the change and goes to the report's question as usual.
/// </summary>
public static class ChangeConfirmation
{
    /// <summary>The question, sent in place of running the command.</summary>
    public const string Question =
        "Changing your answers drops the report in progress, and I'll ask the first-time questions again. Drop the report? " +
        "Type 'yes' to drop it, or 'no' to keep it and go on with it.";

    /// <summary>Reply to no, before the report's question again.</summary>
    public const string KeptMessage = "Okay, I kept the report. Here is its question again.";

    private static readonly HashSet<string> s_yesWords = new(StringComparer.Ordinal) { "yes", "y", "yeah", "yep", "ok", "okay", "drop it", "yes drop it" };
    private static readonly HashSet<string> s_noWords = new(StringComparer.Ordinal) { "no", "n", "nope", "keep", "keep it", "no keep it", "keep the report" };

    /// <summary>Keeps <paramref name="command"/> for the answer and asks whether to drop the report.</summary>
    public static Task AskAsync(ITurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.SetPendingChange(command);
        var activity = Reply.Text(Question).WithMarker(new HelpBotMarker { Prompt = ConversationPrompts.ConfirmChange });
        activity.SuggestedActions = new SuggestedActions { Actions = [Button("Yes"), Button("No")] };
        return turn.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>
    /// Handles the answer to <see cref="Question"/> when one is awaited. Returns true when the turn is done, and false
    /// when no change waits or the message is no answer to it, so the dialogs read the message.
    /// </summary>
    public static async Task<bool> TryHandleAsync(DialogManager dialogs, ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TakePendingChange() is not { } command || turn.Activity.Value is not null)
        {
            return false;
        }

        var answer = TextNormalizer.Normalize(turn.Activity.Text);
        if (s_yesWords.Contains(answer))
        {
            await dialogs.RunWithContextAsync(turn, async dc =>
            {
                await HelpBotDialogHooks.ApplyChangeAsync(dc, command, cancellationToken);
                return Dialog.EndOfTurn;
            }, cancellationToken);
            return true;
        }

        if (!s_noWords.Contains(answer))
        {
            return false;
        }

        await turn.SendTextAsync(KeptMessage, cancellationToken);
        await dialogs.RunWithContextAsync(turn, async dc =>
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }, cancellationToken);
        return true;
    }

    private static CardAction Button(string title) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(title, ConversationJsonContext.Default.String),
    };
}
