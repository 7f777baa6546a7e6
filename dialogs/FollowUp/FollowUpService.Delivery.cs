using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Sending notices and keeping the failed ones for a later scan. A notice goes into a conversation
/// only while no turn of that conversation runs in this process (<see cref="ConversationLock"/>), so it
/// never lands before the replies of the turn that created or changed its ticket. A notice for the
/// conversation of the running turn, or one whose conversation is busy, waits for the next scan.
/// </summary>
public sealed partial class FollowUpService
{
    /// <param name="turnConversationId">The conversation of the turn that made this call; null for the reminder worker.</param>
    private async Task<int> DeliverAsync(Ticket ticket, List<PendingNotice> notices, DateTimeOffset now, string? turnConversationId, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var zone = _policy.TimeZoneOf(ticket);
        var failed = new List<PendingNotice>();
        var delivered = 0;
        foreach (var notice in notices)
        {
            if (notice.ConversationId is { } conversationId && conversationId == turnConversationId)
            {
                Log.NoticeDeferred(_logger, notice.Kind, ticket.Id);
                failed.Add(notice with { RetryAt = now });
                continue;
            }

            if (await SendWhenIdleAsync(ticket, notice, now, zone, cancellationToken) is not { } delivery)
            {
                Log.NoticeDeferred(_logger, notice.Kind, ticket.Id);
                failed.Add(notice with { RetryAt = now });
                continue;
            }

            if (delivery is ProactiveDelivery.Sent or ProactiveDelivery.Queued)
            {
                delivered++;
                Log.NoticeDelivered(_logger, notice.Kind, ticket.Id, notice.ChannelId, delivery);
                continue;
            }

            var retry = notice with { Attempts = notice.Attempts + 1, RetryAt = now + _options.RetryDelay };
            Log.NoticeNotDelivered(_logger, notice.Kind, ticket.Id, delivery, retry.Attempts, retry.RetryAt);
            failed.Add(retry);
        }

        if (failed.Count > 0)
        {
            await KeepForRetryAsync(ticket.Id, failed, cancellationToken);
        }

        return delivered;
    }

    // Returns null without sending while a turn has the lock of the notice's conversation. It never waits for the
    // lock, because a turn that changes a ticket may itself be waiting to send into this conversation.
    private async Task<ProactiveDelivery?> SendWhenIdleAsync(Ticket ticket, PendingNotice notice, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (notice.ConversationId is not { } conversationId)
        {
            // NOTE: without a conversation id the sender picks the user's latest conversation, which
            // this lock cannot name, so such a notice is not ordered after a running turn.
            return await SendAsync(ticket, notice, now, zone, cancellationToken);
        }

        if (!_conversationLock.TryAcquire(notice.ChannelId, conversationId, out var lease))
        {
            return null;
        }

        using (lease)
        {
            return await SendAsync(ticket, notice, now, zone, cancellationToken);
        }
    }

    private async Task<ProactiveDelivery> SendAsync(Ticket ticket, PendingNotice notice, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var activity = FollowUpActivities.Create(ticket, notice, now, zone);
        var address = new ProactiveAddress(notice.ChannelId, notice.UserId, notice.ConversationId);
        try
        {
            return await _sender.SendAsync(address, [activity], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.SendThrew(_logger, notice.Kind, ticket.Id, exception);
            return ProactiveDelivery.Failed;
        }
    }

    // Adds the failed notices to the stored ticket, dropping those out of attempts; re-reads on a conflict.
    private async Task KeepForRetryAsync(string ticketId, List<PendingNotice> failed, CancellationToken cancellationToken)
    {
        var retryable = failed.Where(n => n.Attempts < _options.MaxDeliveryAttempts).ToList();
        foreach (var dropped in failed.Except(retryable))
        {
            Log.NoticeDropped(_logger, dropped.Kind, ticketId, dropped.Attempts);
        }

        if (retryable.Count == 0)
        {
            return;
        }

        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var ticket = await _tickets.GetAsync(ticketId, cancellationToken);
            if (ticket is null)
            {
                return;
            }

            ticket.PendingNotices.AddRange(retryable);
            if (await _tickets.TryUpdateAsync(ticket, cancellationToken))
            {
                return;
            }
        }

        foreach (var lost in retryable)
        {
            Log.NoticeDropped(_logger, lost.Kind, ticketId, lost.Attempts);
        }
    }
}
