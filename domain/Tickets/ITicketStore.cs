namespace HelpBot.Domain.Tickets;

/// <summary>Persistence of <see cref="Ticket"/>s; implemented over the bot's storage.</summary>
public interface ITicketStore
{
    /// <summary>Stores a new ticket and returns it with its <see cref="Ticket.ETag"/> set.</summary>
    /// <exception cref="InvalidOperationException">A ticket with the same id exists.</exception>
    Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>Returns the ticket with <paramref name="id"/>, or null when there is none.</summary>
    Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Returns the tickets of one channel user, newest first.</summary>
    Task<IReadOnlyList<Ticket>> ListByOwnerAsync(string channelId, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the ticket if its <see cref="Ticket.ETag"/> still matches, and returns it with the new ETag.</summary>
    /// <exception cref="InvalidOperationException">The ticket changed since it was read, or does not exist.</exception>
    Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default);
}
