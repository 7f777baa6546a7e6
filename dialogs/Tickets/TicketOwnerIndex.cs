using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Tickets;

/// <summary>The storage document that lists one channel user's ticket ids, oldest first.</summary>
internal sealed class TicketOwnerIndex
{
    [JsonPropertyName("ticketIds")]
    public List<string> TicketIds { get; set; } = [];
}
