using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// Handles follow-up requests before the dialog engine runs, whatever dialog is active: submits of
/// the ticket, reminder, escalation and digest cards (their <c>action</c> is a
/// <see cref="FollowUpActions"/> value and they carry no prompt id) and the typed commands
/// "my tickets", "digest [period]", "add supervisor &lt;user id&gt;", "my user id" and "update ticket" with call
/// details. The dialog state is left as it
/// was, so the question the user was answering can still be answered.
/// </summary>
public sealed class FollowUpRouter(FollowUpConversationServices services)
{
    private readonly OwnerTicketActions _owner = new(services);
    private readonly SupervisorActions _supervisor = new(services);
    private readonly CallDetailsActions _callDetails = new(services);

    /// <summary>Handles the turn's follow-up request; returns false when the activity is not one.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = FollowUpRequestReader.Read(turn.Activity);
        if (request is null)
        {
            return false;
        }

        var actor = new TicketActor(turn.Activity.ChannelId ?? "unknown", turn.Activity.From?.Id ?? "unknown", turn.Activity.Conversation?.Id);
        if (request.Problem is not null)
        {
            await RejectAsync(turn, request, "invalid", request.Problem, cancellationToken);
            return true;
        }

        await (request.Action switch
        {
            FollowUpActions.ListTickets => SendListAsync(turn, actor, cancellationToken),
            FollowUpActions.RecordUpdate or FollowUpActions.Resolve or FollowUpActions.MarkUrgent or FollowUpActions.AddIncidentNumber
                => _owner.HandleAsync(turn, actor, request, cancellationToken),
            FollowUpActions.SetCallDetails => _callDetails.HandleAsync(turn, actor, request, cancellationToken),
            FollowUpActions.Acknowledge or FollowUpActions.AddNote or FollowUpActions.TakeOver
                => _supervisor.HandleTicketAsync(turn, actor, request, cancellationToken),
            FollowUpActions.Digest => _supervisor.SendDigestAsync(turn, actor, request, cancellationToken),
            FollowUpActions.AddSupervisor => _supervisor.AddSupervisorAsync(turn, actor, request, cancellationToken),
            FollowUpActions.ShowUserId => SendUserIdAsync(turn, actor, cancellationToken),
            _ => RejectAsync(turn, request, "unknown action",
                "I don't know that button any more. Type 'my tickets' to get your tickets with fresh buttons.", cancellationToken),
        });
        return true;
    }

    // The list shows every open ticket, so the reminders the owner had not answered count as seen.
    private async Task SendListAsync(ITurnContext turn, TicketActor actor, CancellationToken cancellationToken)
    {
        await TicketReplies.SendListAsync(turn, services.Conversation, cancellationToken);
        await services.FollowUp.MarkRemindersSeenAsync(actor, cancellationToken);
    }

    // The id is the user's own, from the channel, so showing it back reveals nothing new.
    private static Task SendUserIdAsync(ITurnContext turn, TicketActor actor, CancellationToken cancellationToken) =>
        Reply.SendStepAsync(turn, ConversationSteps.UserId,
            $"Your user id on channel {actor.ChannelId} is {actor.UserId}. To make you a supervisor, a HelpBot admin types 'add supervisor {actor.UserId}' on the same channel, " +
            $"or adds {{ \"ChannelId\": \"{actor.ChannelId}\", \"UserId\": \"{actor.UserId}\" }} to FollowUp:Supervisors in the bot's settings.",
            cancellationToken);

    private Task RejectAsync(ITurnContext turn, FollowUpRequest request, string reason, string message, CancellationToken cancellationToken)
    {
        Log.FollowUpRejected(services.Logger, request.Action, reason);
        return Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, message, cancellationToken);
    }
}
