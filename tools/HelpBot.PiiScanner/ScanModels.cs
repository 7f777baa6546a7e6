using System.Text.Json.Serialization;

namespace HelpBot.PiiScanner;

/// <summary>One input line: {"id", "text"}.</summary>
public sealed record ScanInput(string? Id, string? Text);

/// <summary>One output line, shaped like an Azure PII document result. Offsets count UTF-16 code units.</summary>
public sealed record ScanOutput(
    string Id,
    IReadOnlyList<ScanEntity> Entities,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RedactedText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool RemoteUnavailable = false);

/// <summary>One finding of an output line.</summary>
public sealed record ScanEntity(string Category, int Offset, int Length, double Score);

/// <summary>Source-generated JSON metadata of the scanner's lines.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ScanInput))]
[JsonSerializable(typeof(ScanOutput))]
public sealed partial class ScanJsonContext : JsonSerializerContext;
