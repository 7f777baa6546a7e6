namespace HelpBot.Dialogs.Tickets;

/// <summary>Storage keys of tickets and of the per-owner index documents.</summary>
public static class TicketKeys
{
    /// <summary>Returns the key of ticket <paramref name="id"/>: <c>tickets/{id}</c>.</summary>
    public static string Ticket(string id) => $"tickets/{Uri.EscapeDataString(id)}";

    /// <summary>
    /// Returns the key of the index of one channel user's tickets:
    /// <c>ticket-owners/{channelId}/{ownerId}</c>, with both ids URL-encoded so a slash in an id
    /// cannot change the key's structure.
    /// </summary>
    public static string OwnerIndex(string channelId, string ownerId) =>
        $"ticket-owners/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(ownerId)}";

    /// <summary>
    /// Key of the follow-up schedule: one document mapping each ticket that needs the follow-up
    /// engine's attention to the time it is next due.
    /// </summary>
    public const string Schedule = "followup/schedule";

    /// <summary>Returns the key of the index of the tickets created in one UTC month: <c>tickets-created/{yyyy-MM}</c>.</summary>
    public static string CreatedIn(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return $"tickets-created/{utc.Year:D4}-{utc.Month:D2}";
    }
}
