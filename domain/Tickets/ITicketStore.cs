namespace HelpBot.Domain.Tickets;

/// <summary>
/// Persistence of <see cref="Ticket"/>s; implemented over the bot's storage. Besides the tickets it
/// keeps the follow-up schedule: every open ticket, and every ticket with a notice to deliver
/// again, with the time it is next due (<see cref="Ticket.NextReminderAt"/> or a retry time).
/// </summary>
public interface ITicketStore
{
    /// <summary>Stores a new ticket, due at once in the follow-up schedule, and returns it with its <see cref="Ticket.ETag"/> set.</summary>
    /// <exception cref="InvalidOperationException">A ticket with the same id exists.</exception>
    Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>Returns the ticket with <paramref name="id"/>, or null when there is none.</summary>
    Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Returns the tickets of one channel user, newest first.</summary>
    Task<IReadOnlyList<Ticket>> ListByOwnerAsync(string channelId, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the ticket if its <see cref="Ticket.ETag"/> still matches, updates its schedule entry, and returns it with the new ETag.</summary>
    /// <exception cref="InvalidOperationException">The ticket changed since it was read, or does not exist.</exception>
    Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the ticket and updates its schedule entry in one storage write if its
    /// <see cref="Ticket.ETag"/> still matches; returns false, writing nothing, when another writer
    /// changed it first. On success the ticket's ETag is the new one.
    /// </summary>
    Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>Returns the tickets created in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<Ticket>> ListCreatedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Returns every ticket in the follow-up schedule, oldest first.</summary>
    Task<IReadOnlyList<Ticket>> ListScheduledAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the ids of the tickets due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<string>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Removes the schedule entry of a ticket that no longer exists.</summary>
    Task RemoveFromScheduleAsync(string id, CancellationToken cancellationToken = default);
}
