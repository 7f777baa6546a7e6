using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain;

/// <summary>
/// Source-generated serializers for the domain's stored types: reports in conversation state,
/// tickets and call logs. Property names are camelCase. Unknown properties are skipped, so state
/// written by an older version still reads.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    WriteIndented = false)]
[JsonSerializable(typeof(IssueReport))]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(List<Ticket>))]
[JsonSerializable(typeof(CallLog))]
public sealed partial class DomainJsonContext : JsonSerializerContext;
