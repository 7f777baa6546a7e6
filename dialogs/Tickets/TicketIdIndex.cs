using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Tickets;

/// <summary>The storage document that lists the ids of the tickets created in one month, oldest first.</summary>
internal sealed class TicketIdIndex
{
    [JsonPropertyName("ticketIds")]
    public List<string> TicketIds { get; set; } = [];
}
