using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Domain.Content;

/// <summary>
/// Strict reader of the content file: camelCase names, no comments, no trailing commas, and an
/// unknown property is an error, so a misspelt key fails at start-up instead of being ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(DeskAidContent))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
