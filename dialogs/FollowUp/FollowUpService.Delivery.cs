using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Sending notices and keeping the failed ones for a later scan. The notices of one delivery are
/// grouped into messages (<see cref="NoticeMessage.Group"/>), and each message's outcome applies to
/// each of its notices. A message goes into a conversation only while no turn of that conversation
/// runs in this process (<see cref="ConversationLock"/>), so it never lands before the replies of the
/// turn that created or changed a ticket. A message for the conversation of the running turn, or one
/// whose conversation is busy, waits for the next scan.
/// </summary>
public sealed partial class FollowUpService
{
    /// <param name="turnConversationId">The conversation of the turn that made this call; null for the reminder worker.</param>
    private async Task<int> DeliverAsync(IReadOnlyList<ClaimedNotices> claims, DateTimeOffset now, string? turnConversationId, CancellationToken cancellationToken)
    {
        var notices = claims.SelectMany(claim => claim.Notices.Select(notice => (claim.Ticket, notice))).ToList();
        if (notices.Count == 0)
        {
            return 0;
        }

        var failed = new Dictionary<string, List<PendingNotice>>(StringComparer.Ordinal);
        var delivered = 0;
        foreach (var message in NoticeMessage.Group(notices))
        {
            var delivery = message.Address.ConversationId is { } conversationId && conversationId == turnConversationId
                ? null
                : await SendWhenIdleAsync(message, now, cancellationToken);
            delivered += Record(message, delivery, now, failed);
        }

        foreach (var (ticketId, retries) in failed)
        {
            await KeepForRetryAsync(ticketId, retries, cancellationToken);
        }

        return delivered;
    }

    // Logs the outcome of one message for each of its notices, adds the notices to send again to failed, and returns
    // how many were delivered. A null delivery was held back for a running turn, so its notices are due again at once.
    private int Record(NoticeMessage message, ProactiveDelivery? delivery, DateTimeOffset now, Dictionary<string, List<PendingNotice>> failed)
    {
        var delivered = 0;
        foreach (var (ticket, notice) in message.Notices)
        {
            PendingNotice retry;
            if (delivery is null)
            {
                Log.NoticeDeferred(_logger, notice.Kind, ticket.Id);
                retry = notice with { RetryAt = now };
            }
            else if (delivery is ProactiveDelivery.Sent or ProactiveDelivery.Queued)
            {
                delivered++;
                Log.NoticeDelivered(_logger, notice.Kind, ticket.Id, notice.ChannelId, delivery.Value);
                continue;
            }
            else
            {
                retry = notice with { Attempts = notice.Attempts + 1, RetryAt = now + _options.RetryDelay };
                Log.NoticeNotDelivered(_logger, notice.Kind, ticket.Id, delivery.Value, retry.Attempts, retry.RetryAt);
            }

            if (!failed.TryGetValue(ticket.Id, out var retries))
            {
                failed[ticket.Id] = retries = [];
            }

            retries.Add(retry);
        }

        return delivered;
    }

    // Returns null without sending while a turn has the lock of the message's conversation. It never waits for the
    // lock, because a turn that changes a ticket may itself be waiting to send into this conversation.
    private async Task<ProactiveDelivery?> SendWhenIdleAsync(NoticeMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.Address.ConversationId is not { } conversationId)
        {
            // NOTE: without a conversation id the sender picks the user's latest conversation, which
            // this lock cannot name, so such a message is not ordered after a running turn.
            return await SendAsync(message, now, cancellationToken);
        }

        if (!_conversationLock.TryAcquire(message.Address.ChannelId, conversationId, out var lease))
        {
            return null;
        }

        using (lease)
        {
            return await SendAsync(message, now, cancellationToken);
        }
    }

    private async Task<ProactiveDelivery> SendAsync(NoticeMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var activity = FollowUpActivities.CreateGroup(message.Notices, now, _policy.TimeZoneOf);
        try
        {
            return await _sender.SendAsync(message.Address, [activity], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (var (ticket, notice) in message.Notices)
            {
                Log.SendThrew(_logger, notice.Kind, ticket.Id, exception);
            }

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
