using System.Text.Json.Serialization;

namespace HelpBot.Privacy.Azure;

/// <summary>Source-generated JSON metadata of the analyze-text wire types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnalyzeTextRequest))]
[JsonSerializable(typeof(AnalyzeTextResponse))]
[JsonSerializable(typeof(ErrorEnvelope))]
internal sealed partial class AzurePiiJsonContext : JsonSerializerContext;
