using System.Text.Json;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.State;
using FollowUpLog = HelpBot.Dialogs.FollowUp.Log;

namespace HelpBot.Dialogs.Tickets;

/// <summary>Ticket updates, period listings and the follow-up schedule.</summary>
public sealed partial class TicketStore
{
    // Digests read one index document per month; ten years is far more than a digest needs.
    private const int MaxMonthsListed = 120;

    public async Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.ETag is null)
        {
            return false;
        }

        var key = TicketKeys.Ticket(ticket.Id);
        for (var attempt = 1; ; attempt++)
        {
            var (schedule, scheduleETag) = await ReadDocumentAsync(TicketKeys.Schedule, TicketJsonContext.Default.TicketSchedule, cancellationToken);
            schedule ??= new TicketSchedule();
            var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new(Serialize(ticket), ticket.ETag) };
            if (SetEntry(schedule, ticket))
            {
                changes[TicketKeys.Schedule] = ScheduleItem(schedule, scheduleETag);
            }

            try
            {
                var etags = await storage.WriteAsync(changes, cancellationToken);
                ticket.ETag = etags[key];
                return true;
            }
            catch (StorageConcurrencyException exception) when (exception.Key == key)
            {
                return false;
            }
            catch (StorageConcurrencyException) when (attempt < MaxSharedDocumentAttempts)
            {
                FollowUpLog.ScheduleConflict(logger, attempt);
            }
        }
    }

    public async Task<IReadOnlyList<Ticket>> ListCreatedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (to <= from)
        {
            return [];
        }

        var keys = MonthKeys(from, to);
        var items = await storage.ReadAsync(keys, cancellationToken);
        var ids = keys.SelectMany(key => Read(items, key, TicketJsonContext.Default.TicketIdIndex)?.TicketIds ?? []);
        var tickets = await ReadTicketsAsync(ids, cancellationToken);
        return [.. tickets.Where(t => t.CreatedAt >= from && t.CreatedAt < to).OrderBy(t => t.CreatedAt)];
    }

    public async Task<IReadOnlyList<Ticket>> ListScheduledAsync(CancellationToken cancellationToken = default)
    {
        var (schedule, _) = await ReadDocumentAsync(TicketKeys.Schedule, TicketJsonContext.Default.TicketSchedule, cancellationToken);
        var tickets = await ReadTicketsAsync(schedule?.Due.Keys ?? Enumerable.Empty<string>(), cancellationToken);
        return [.. tickets.OrderBy(t => t.CreatedAt)];
    }

    public async Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var (schedule, _) = await ReadDocumentAsync(TicketKeys.Schedule, TicketJsonContext.Default.TicketSchedule, cancellationToken);
        if (schedule is null)
        {
            return [];
        }

        return [.. schedule.Due.Where(entry => entry.Value <= now).OrderBy(entry => entry.Value).Select(entry => entry.Key)];
    }

    public async Task RemoveFromScheduleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        for (var attempt = 1; ; attempt++)
        {
            var (schedule, etag) = await ReadDocumentAsync(TicketKeys.Schedule, TicketJsonContext.Default.TicketSchedule, cancellationToken);
            if (schedule is null || !schedule.Due.Remove(id))
            {
                return;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [TicketKeys.Schedule] = ScheduleItem(schedule, etag) }, cancellationToken);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxSharedDocumentAttempts)
            {
                FollowUpLog.ScheduleConflict(logger, attempt);
            }
        }
    }

    /// <summary>
    /// Returns when the follow-up engine next needs to look at <paramref name="ticket"/>: its next
    /// reminder while it is open (at once when none is set yet), or the earliest retry of a notice
    /// still to deliver; null when neither applies.
    /// </summary>
    internal static DateTimeOffset? DueAt(Ticket ticket)
    {
        DateTimeOffset? due = ticket.IsOpen ? ticket.NextReminderAt ?? ticket.CreatedAt : null;
        foreach (var notice in ticket.PendingNotices)
        {
            if (due is null || notice.RetryAt < due)
            {
                due = notice.RetryAt;
            }
        }

        return due;
    }

    // Returns true when the entry changed, so an unchanged schedule is not written.
    private static bool SetEntry(TicketSchedule schedule, Ticket ticket)
    {
        var due = DueAt(ticket);
        if (due is null)
        {
            return schedule.Due.Remove(ticket.Id);
        }

        if (schedule.Due.TryGetValue(ticket.Id, out var current) && current == due.Value)
        {
            return false;
        }

        schedule.Due[ticket.Id] = due.Value;
        return true;
    }

    private static StoreItem ScheduleItem(TicketSchedule schedule, string? etag) =>
        new(JsonSerializer.SerializeToUtf8Bytes(schedule, TicketJsonContext.Default.TicketSchedule), etag);

    private static List<string> MonthKeys(DateTimeOffset from, DateTimeOffset to)
    {
        var keys = new List<string>();
        var month = new DateTimeOffset(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        while (month < to && keys.Count < MaxMonthsListed)
        {
            keys.Add(TicketKeys.CreatedIn(month));
            month = month.AddMonths(1);
        }

        return keys;
    }
}
