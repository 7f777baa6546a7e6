using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Tickets;

/// <summary>
/// The storage document under <see cref="TicketKeys.Schedule"/>: ticket id to the time the ticket
/// is next due. It only points the follow-up engine at tickets; the ticket itself decides what is
/// due, so an entry that is too early costs one read and never sends anything twice.
/// </summary>
internal sealed class TicketSchedule
{
    [JsonPropertyName("due")]
    public Dictionary<string, DateTimeOffset> Due { get; set; } = new(StringComparer.Ordinal);
}
