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
}
