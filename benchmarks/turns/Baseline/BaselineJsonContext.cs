using System.Text.Json.Serialization;

namespace HelpBot.Benchmarks.Baseline;

/// <summary>Source-generated serialization for the baseline's activity.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineActivity))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
