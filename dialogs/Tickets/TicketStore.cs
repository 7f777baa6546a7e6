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
/// <see cref="TicketKeys.OwnerIndex"/> listing their ticket ids. A new ticket and its index entry
/// are written in one storage call, so neither exists without the other.
/// </summary>
public sealed class TicketStore(IStorage storage, ILogger<TicketStore> logger) : ITicketStore
{
    private const int MaxIndexAttempts = 5;

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
            catch (StorageConcurrencyException exception) when (exception.Key != TicketKeys.Ticket(ticket.Id) && attempt < MaxIndexAttempts)
            {
                // Another turn of the same owner changed the index in between: read it again.
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
        var (index, _) = await ReadIndexAsync(TicketKeys.OwnerIndex(channelId, ownerId), cancellationToken);
        if (index.TicketIds.Count == 0)
        {
            return [];
        }

        var keys = index.TicketIds.Select(TicketKeys.Ticket).ToList();
        var items = await storage.ReadAsync(keys, cancellationToken);
        return [.. items.Values.Select(Deserialize).OfType<Ticket>().OrderByDescending(t => t.CreatedAt)];
    }

    public async Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.ETag is null)
        {
            throw new InvalidOperationException($"Ticket '{ticket.Id}' has no ETag; read it from the store before updating it.");
        }

        var key = TicketKeys.Ticket(ticket.Id);
        try
        {
            var etags = await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Serialize(ticket), ticket.ETag) }, cancellationToken);
            ticket.ETag = etags[key];
            return ticket;
        }
        catch (StorageConcurrencyException exception)
        {
            throw new InvalidOperationException($"Ticket '{ticket.Id}' changed since it was read, or does not exist.", exception);
        }
    }

    private async Task WriteNewAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var indexKey = TicketKeys.OwnerIndex(ticket.ChannelId, ticket.OwnerId);
        var (index, indexETag) = await ReadIndexAsync(indexKey, cancellationToken);
        index.TicketIds.Add(ticket.Id);

        var ticketKey = TicketKeys.Ticket(ticket.Id);
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
        {
            [ticketKey] = new(Serialize(ticket), null),
            [indexKey] = new(JsonSerializer.SerializeToUtf8Bytes(index, TicketJsonContext.Default.TicketOwnerIndex), indexETag),
        };
        var etags = await storage.WriteAsync(changes, cancellationToken);
        ticket.ETag = etags[ticketKey];
    }

    private async Task<(TicketOwnerIndex Index, string? ETag)> ReadIndexAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            return (new TicketOwnerIndex(), null);
        }

        var index = JsonSerializer.Deserialize(item.Json.Span, TicketJsonContext.Default.TicketOwnerIndex) ?? new TicketOwnerIndex();
        return (index, item.ETag);
    }

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
