using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Tickets;

/// <summary>Source-generated serializers of stored tickets, their indexes and the follow-up schedule.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(TicketOwnerIndex))]
[JsonSerializable(typeof(TicketIdIndex))]
[JsonSerializable(typeof(TicketSchedule))]
internal sealed partial class TicketJsonContext : JsonSerializerContext;
