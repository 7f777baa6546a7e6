using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// The owner's actions from the ticket cards: record a status, mark resolved, mark urgent, add the
/// incident number. Values are checked before they reach the follow-up service; a rejected value is
/// explained and the ticket's card comes back with it, so nothing typed is lost.
/// </summary>
internal sealed class OwnerTicketActions(FollowUpConversationServices services)
{
    private static readonly HashSet<string> KnownStatuses = [.. TicketUpdateCard.Statuses];

    public async Task HandleAsync(ITurnContext turn, TicketActor actor, FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (request.LatestPeakDraft)
        {
            request = request with { TicketId = await FindLatestPeakDraftAsync(actor, cancellationToken) };
            if (request.TicketId is null)
            {
                await RejectAsync(turn, request.Action, "no drafted ticket",
                    "I have no PEAK e-mail of yours waiting to be sent. Type 'my tickets' to see your tickets and update them.", cancellationToken);
                return;
            }
        }

        if (string.IsNullOrWhiteSpace(request.TicketId))
        {
            await RejectAsync(turn, request.Action, "missing ticket id", FollowUpReplies.MissingTicket, cancellationToken);
            return;
        }

        var ticketId = request.TicketId.Trim();
        var problem = await FindProblemAsync(turn, request, ticketId, cancellationToken);
        if (problem is not null)
        {
            await RejectValueAsync(turn, request, ticketId, problem, cancellationToken);
            return;
        }

        var result = await ChangeAsync(actor, ticketId, request, cancellationToken);
        Log.FollowUpHandled(services.Logger, request.Action, ticketId, result.Outcome);

        // Someone else's ticket gets the same message and marker as one that does not exist, so the reply
        // does not reveal whether the id is taken.
        if (result.Outcome is TicketChangeOutcome.NotAllowed or TicketChangeOutcome.NotFound)
        {
            await RejectAsync(turn, request.Action, "no such ticket of the user", FollowUpReplies.NotYours(ticketId), cancellationToken);
            return;
        }

        var message = FollowUpReplies.Describe(request.Action, ticketId, result);
        if (request.Action == FollowUpActions.MarkUrgent && result.Outcome == TicketChangeOutcome.Changed)
        {
            message += await DescribeSupervisorsAsync(actor, cancellationToken);
        }

        await Reply.SendStepAsync(turn, ConversationSteps.TicketChange, message, cancellationToken);
        if (result.Outcome == TicketChangeOutcome.Changed && result.Ticket is { } ticket && !TicketTexts.IsClosed(ticket))
        {
            await TicketReplies.SendTicketAsync(turn, services.Conversation, ticket, null, cancellationToken);
        }
    }

    // Names who was prompted, so the message never claims a supervisor was asked when none is configured.
    private async Task<string> DescribeSupervisorsAsync(TicketActor actor, CancellationToken cancellationToken)
    {
        var supervisors = await services.Supervisors.ListAsync(actor.ChannelId, cancellationToken);
        return supervisors.Count == 0
            ? " No supervisor is set up in HelpBot for this channel, so tell your Team Lead or Supervisor yourself."
            : " I asked the supervisors to look at it now.";
    }

    private async Task<string?> FindLatestPeakDraftAsync(TicketActor actor, CancellationToken cancellationToken)
    {
        var tickets = await services.Conversation.Tickets.ListByOwnerAsync(actor.ChannelId, actor.UserId, cancellationToken);
        return tickets
            .Where(t => t.System == SupportSystems.Peak && t.Status == TicketStatus.Drafted)
            .OrderByDescending(t => t.CreatedAt)
            .FirstOrDefault()?.Id;
    }

    private async Task<ValueProblem?> FindProblemAsync(ITurnContext turn, FollowUpRequest request, string ticketId, CancellationToken cancellationToken)
    {
        if (request.Action == FollowUpActions.RecordUpdate && (request.Status is null || !KnownStatuses.Contains(request.Status)))
        {
            return new("Pick one of the statuses on the card: reported, acknowledged, escalated, resolved or closed.", false);
        }

        if (request.Action != FollowUpActions.AddIncidentNumber)
        {
            return null;
        }

        // The messages name who gave the number, the help desk or the Service Center, only for the user's own ticket.
        var ticket = await services.Conversation.Tickets.GetAsync(ticketId, cancellationToken);
        var system = ticket is not null && ticket.OwnerId == turn.Activity.From?.Id ? ticket.System : null;
        return IncidentNumberCheck.FindProblem(request.IncidentNumber, services.Conversation.PiiAnalyzer, system);
    }

    private Task<TicketChangeResult> ChangeAsync(TicketActor actor, string ticketId, FollowUpRequest request, CancellationToken cancellationToken) => request.Action switch
    {
        FollowUpActions.RecordUpdate => services.FollowUp.RecordStatusAsync(actor, ticketId, request.Status!, cancellationToken),
        FollowUpActions.Resolve => services.FollowUp.RecordStatusAsync(actor, ticketId, TicketStatus.Resolved, cancellationToken),
        FollowUpActions.MarkUrgent => services.FollowUp.MarkUrgentAsync(actor, ticketId, cancellationToken),
        _ => services.FollowUp.SetIncidentNumberAsync(actor, ticketId, request.IncidentNumber!.Trim(), cancellationToken),
    };

    // The card comes back with the typed number prefilled, unless the number looked like personal data.
    private async Task RejectValueAsync(ITurnContext turn, FollowUpRequest request, string ticketId, ValueProblem problem, CancellationToken cancellationToken)
    {
        IncidentNumberCheck.RecordRejectedValue(turn, request.IncidentNumber, problem);
        await RejectAsync(turn, request.Action, "invalid value", problem.Message, cancellationToken);
        var ticket = await services.Conversation.Tickets.GetAsync(ticketId, cancellationToken);
        if (ticket is null || ticket.OwnerId != turn.Activity.From?.Id || TicketTexts.IsClosed(ticket))
        {
            return;
        }

        var draft = problem.ShowAgain ? request.IncidentNumber : null;
        await TicketReplies.SendTicketAsync(turn, services.Conversation, ticket, draft, cancellationToken);
    }

    private Task RejectAsync(ITurnContext turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.FollowUpRejected(services.Logger, action, reason);
        return Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, message, cancellationToken);
    }
}
