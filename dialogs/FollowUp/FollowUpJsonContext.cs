using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>Source-generated serializers of the follow-up engine's storage documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SupervisorRoster))]
internal sealed partial class FollowUpJsonContext : JsonSerializerContext;
