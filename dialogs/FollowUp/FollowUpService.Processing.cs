using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>Ticket changes, due follow-ups and the claim that makes each notice go out once.</summary>
public sealed partial class FollowUpService
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var due = await _tickets.ListDueAsync(now, cancellationToken);
        var claims = new List<ClaimedNotices>();
        foreach (var ticketId in due)
        {
            try
            {
                if (await ClaimAsync(ticketId, now, cancellationToken) is { } claim)
                {
                    claims.Add(claim);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.TicketFailed(_logger, ticketId, exception);
            }
        }

        // Every due ticket is claimed first, so the notices of one recipient go out as one message.
        var delivered = await DeliverAsync(claims, now, null, cancellationToken);
        Log.ScanFinished(_logger, due.Count, delivered);
        return delivered;
    }

    // Claims what is due for one ticket and sends it; returns the notices delivered.
    private async Task<int> ProcessAsync(string ticketId, DateTimeOffset now, string? turnConversationId, CancellationToken cancellationToken) =>
        await ClaimAsync(ticketId, now, cancellationToken) is { } claim
            ? await DeliverAsync([claim], now, turnConversationId, cancellationToken)
            : 0;

    // Claims what is due for one ticket by saving it advanced; returns null when the ticket is gone or kept changing.
    private async Task<ClaimedNotices?> ClaimAsync(string ticketId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var ticket = await _tickets.GetAsync(ticketId, cancellationToken);
            if (ticket is null)
            {
                Log.ScheduledTicketMissing(_logger, ticketId);
                await _tickets.RemoveFromScheduleAsync(ticketId, cancellationToken);
                return null;
            }

            var notices = await PlanAsync(ticket, now, cancellationToken);
            if (await _tickets.TryUpdateAsync(ticket, cancellationToken))
            {
                return new ClaimedNotices(ticket, notices);
            }

            Log.ClaimLost(_logger, ticketId);
        }

        return null;
    }

    private async Task<TicketChangeResult> ChangeAsync(
        TicketActor actor,
        string ticketId,
        Access access,
        string change,
        Func<Ticket, DateTimeOffset, TicketChangeOutcome> apply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(ticketId))
        {
            return new TicketChangeResult(TicketChangeOutcome.NotFound, null);
        }

        for (var attempt = 1; ; attempt++)
        {
            var ticket = await _tickets.GetAsync(ticketId.Trim(), cancellationToken);
            if (ticket is null)
            {
                return new TicketChangeResult(TicketChangeOutcome.NotFound, null);
            }

            var role = await RoleOfAsync(actor, ticket, cancellationToken);
            if (role is null || (access == Access.Supervisor && role != ActorRoles.Supervisor))
            {
                Log.ChangeNotAllowed(_logger, change, ticket.Id, actor.ChannelId);
                return new TicketChangeResult(TicketChangeOutcome.NotAllowed, ticket);
            }

            var now = _timeProvider.GetUtcNow();
            var outcome = apply(ticket, now);
            if (outcome != TicketChangeOutcome.Changed)
            {
                return new TicketChangeResult(outcome, ticket);
            }

            if (role == ActorRoles.Owner)
            {
                FollowOwner(ticket, actor);
            }

            var notices = await PlanAsync(ticket, now, cancellationToken);
            if (await _tickets.TryUpdateAsync(ticket, cancellationToken))
            {
                Log.TicketChanged(_logger, ticket.Id, change, role);
                await RememberSupervisorAsync(actor, role, cancellationToken);
                await DeliverAsync([new ClaimedNotices(ticket, notices)], now, actor.ConversationId, cancellationToken);
                return new TicketChangeResult(TicketChangeOutcome.Changed, ticket);
            }

            Log.ClaimLost(_logger, ticket.Id);
            if (attempt == MaxWriteAttempts)
            {
                throw new InvalidOperationException($"Ticket '{ticket.Id}' kept changing while it was being saved; try again.");
            }
        }
    }

    /// <summary>
    /// Takes the notices due at <paramref name="now"/> off the ticket (retries and owner notices) and
    /// advances its schedule, adding the reminder and supervisor prompts that fall due.
    /// </summary>
    private async Task<List<PendingNotice>> PlanAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = ticket.PendingNotices.Where(n => n.RetryAt <= now).ToList();
        ticket.PendingNotices.RemoveAll(n => n.RetryAt <= now);

        var level = ticket.EscalationLevel;
        var decision = _policy.Advance(ticket, now);
        if (decision.RemindOwner)
        {
            notices.Add(await ReminderNoticeAsync(ticket, level, now, cancellationToken));
        }

        if (decision.EscalationReason is { } reason)
        {
            notices.AddRange(await EscalationNoticesAsync(ticket, reason, level, now, cancellationToken));
        }

        return notices;
    }

    private async Task<PendingNotice> ReminderNoticeAsync(Ticket ticket, int level, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticket.TakenOverBy is not { } supervisorId)
        {
            return new PendingNotice(NoticeKinds.Reminder, ticket.ChannelId, ticket.OwnerId, ticket.ConversationId, 0, now, Level: level);
        }

        var supervisors = await _supervisors.ListAsync(ticket.ChannelId, cancellationToken);
        var conversationId = supervisors.FirstOrDefault(s => s.UserId == supervisorId)?.ConversationId;
        return new PendingNotice(NoticeKinds.Reminder, ticket.ChannelId, supervisorId, conversationId, 0, now, Level: level);
    }

    private async Task<List<PendingNotice>> EscalationNoticesAsync(Ticket ticket, string reason, int level, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var supervisors = await _supervisors.ListAsync(ticket.ChannelId, cancellationToken);
        if (supervisors.Count == 0)
        {
            Log.NoSupervisors(_logger, ticket.Id, reason, ticket.ChannelId);
        }

        return [.. supervisors.Select(s => new PendingNotice(NoticeKinds.Escalation, s.ChannelId, s.UserId, s.ConversationId, 0, now, reason, level))];
    }

    // Owners act on their own tickets; supervisors of the ticket's channel act on any of its tickets.
    private async Task<string?> RoleOfAsync(TicketActor actor, Ticket ticket, CancellationToken cancellationToken)
    {
        if (!string.Equals(actor.ChannelId, ticket.ChannelId, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(actor.UserId))
        {
            return null;
        }

        if (await _supervisors.IsSupervisorAsync(actor.ChannelId, actor.UserId, cancellationToken))
        {
            return ActorRoles.Supervisor;
        }

        return string.Equals(actor.UserId, ticket.OwnerId, StringComparison.Ordinal) ? ActorRoles.Owner : null;
    }

    private async Task RememberSupervisorAsync(TicketActor actor, string role, CancellationToken cancellationToken)
    {
        if (role == ActorRoles.Supervisor && actor.ConversationId is not null)
        {
            await _supervisors.RememberConversationAsync(actor, cancellationToken);
        }
    }

    /// <summary>The notices claimed for one ticket, saved on it as sent before they go out.</summary>
    private sealed record ClaimedNotices(Ticket Ticket, List<PendingNotice> Notices);

    // Points the ticket and the owner's waiting notices at the conversation the owner changed it from,
    // because a web chat user who reloaded the page reads a new conversation.
    private static void FollowOwner(Ticket ticket, TicketActor owner)
    {
        if (owner.ConversationId is not { } conversationId || owner.ChannelId != ticket.ChannelId || conversationId == ticket.ConversationId)
        {
            return;
        }

        ticket.ConversationId = conversationId;
        for (var i = 0; i < ticket.PendingNotices.Count; i++)
        {
            var notice = ticket.PendingNotices[i];
            if (notice.UserId == ticket.OwnerId && notice.ChannelId == ticket.ChannelId)
            {
                ticket.PendingNotices[i] = notice with { ConversationId = conversationId };
            }
        }
    }

    private static class ActorRoles
    {
        public const string Owner = "owner";
        public const string Supervisor = "supervisor";
    }
}
