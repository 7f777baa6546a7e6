using System.Security.Cryptography;
using System.Text.Json;
using HelpBot.Dialogs.Conversation;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Tickets;

/// <summary>
/// <see cref="ITicketStore"/> over <see cref="IStorage"/>. Each ticket is one document under
/// <see cref="TicketKeys.Ticket"/>; each owner has an index document under
/// <see cref="TicketKeys.OwnerIndex"/>, each month one under <see cref="TicketKeys.CreatedIn"/>, and the
/// follow-up schedule is one document under <see cref="TicketKeys.Schedule"/>. A ticket and the
/// index and schedule entries that point at it are written in one storage call, which both
/// storages apply all or nothing, so neither exists without the other.
/// </summary>
public sealed partial class TicketStore(IStorage storage, ILogger<TicketStore> logger) : ITicketStore
{
    // Index and schedule documents are shared, so a write can lose to another writer and is read and tried again.
    private const int MaxSharedDocumentAttempts = 8;

    public async Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.OwnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.ChannelId);
        if (string.IsNullOrWhiteSpace(ticket.Id))
        {
            ticket.Id = CreateId();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteNewAsync(ticket, cancellationToken);
                Log.TicketCreated(logger, ticket.Id, ticket.System);
                return ticket;
            }
            catch (StorageConcurrencyException exception) when (exception.Key != TicketKeys.Ticket(ticket.Id) && attempt < MaxSharedDocumentAttempts)
            {
                // Another writer changed an index or the schedule in between: read them again.
                Log.TicketOwnerIndexConflict(logger, attempt);
            }
            catch (StorageConcurrencyException exception) when (exception.Key == TicketKeys.Ticket(ticket.Id))
            {
                throw new InvalidOperationException($"A ticket with id '{ticket.Id}' already exists.", exception);
            }
        }
    }

    public async Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var key = TicketKeys.Ticket(id);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? Deserialize(item) : null;
    }

    public async Task<IReadOnlyList<Ticket>> ListByOwnerAsync(string channelId, string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        var (index, _) = await ReadDocumentAsync(TicketKeys.OwnerIndex(channelId, ownerId), TicketJsonContext.Default.TicketOwnerIndex, cancellationToken);
        var tickets = await ReadTicketsAsync(index?.TicketIds ?? [], cancellationToken);
        return [.. tickets.OrderByDescending(t => t.CreatedAt)];
    }

    public async Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.ETag is null)
        {
            throw new InvalidOperationException($"Ticket '{ticket.Id}' has no ETag; read it from the store before updating it.");
        }

        if (!await TryUpdateAsync(ticket, cancellationToken))
        {
            throw new InvalidOperationException($"Ticket '{ticket.Id}' changed since it was read, or does not exist.");
        }

        return ticket;
    }

    private async Task WriteNewAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var ownerKey = TicketKeys.OwnerIndex(ticket.ChannelId, ticket.OwnerId);
        var monthKey = TicketKeys.CreatedIn(ticket.CreatedAt);
        var items = await storage.ReadAsync([ownerKey, monthKey, TicketKeys.Schedule], cancellationToken);

        var owner = Read(items, ownerKey, TicketJsonContext.Default.TicketOwnerIndex) ?? new TicketOwnerIndex();
        owner.TicketIds.Add(ticket.Id);
        var month = Read(items, monthKey, TicketJsonContext.Default.TicketIdIndex) ?? new TicketIdIndex();
        month.TicketIds.Add(ticket.Id);
        var schedule = Read(items, TicketKeys.Schedule, TicketJsonContext.Default.TicketSchedule) ?? new TicketSchedule();
        SetEntry(schedule, ticket);

        var ticketKey = TicketKeys.Ticket(ticket.Id);
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
        {
            [ticketKey] = new(Serialize(ticket), null),
            [ownerKey] = new(JsonSerializer.SerializeToUtf8Bytes(owner, TicketJsonContext.Default.TicketOwnerIndex), ETagOf(items, ownerKey)),
            [monthKey] = new(JsonSerializer.SerializeToUtf8Bytes(month, TicketJsonContext.Default.TicketIdIndex), ETagOf(items, monthKey)),
            [TicketKeys.Schedule] = ScheduleItem(schedule, ETagOf(items, TicketKeys.Schedule)),
        };
        var etags = await storage.WriteAsync(changes, cancellationToken);
        ticket.ETag = etags[ticketKey];
    }

    private async Task<List<Ticket>> ReadTicketsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Distinct(StringComparer.Ordinal).Select(TicketKeys.Ticket).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var items = await storage.ReadAsync(keys, cancellationToken);
        return [.. items.Values.Select(Deserialize).OfType<Ticket>()];
    }

    private async Task<(T? Document, string? ETag)> ReadDocumentAsync<T>(
        string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        return (Read(items, key, typeInfo), ETagOf(items, key));
    }

    private static T? Read<T>(IReadOnlyDictionary<string, StoreItem> items, string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class =>
        items.TryGetValue(key, out var item) ? JsonSerializer.Deserialize(item.Json.Span, typeInfo) : null;

    private static string? ETagOf(IReadOnlyDictionary<string, StoreItem> items, string key) =>
        items.TryGetValue(key, out var item) ? item.ETag : null;

    // The ETag belongs to the storage item, not to the stored JSON.
    private static byte[] Serialize(Ticket ticket)
    {
        var etag = ticket.ETag;
        ticket.ETag = null;
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(ticket, TicketJsonContext.Default.Ticket);
        }
        finally
        {
            ticket.ETag = etag;
        }
    }

    private static Ticket? Deserialize(StoreItem item)
    {
        var ticket = JsonSerializer.Deserialize(item.Json.Span, TicketJsonContext.Default.Ticket);
        if (ticket is not null)
        {
            ticket.ETag = item.ETag;
        }

        return ticket;
    }

    // 60 random bits as 12 upper-case hex digits, short enough to read out on the phone.
    private static string CreateId() => $"HB-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}";
}
