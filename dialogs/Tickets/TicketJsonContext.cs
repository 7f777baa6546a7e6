using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Tickets;

/// <summary>Source-generated serializers of stored tickets and owner indexes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(TicketOwnerIndex))]
internal sealed partial class TicketJsonContext : JsonSerializerContext;
