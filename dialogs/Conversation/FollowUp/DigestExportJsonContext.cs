using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>Source-generated serializers of the stored digest CSV files and their index.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredDigest))]
[JsonSerializable(typeof(StoredDigestIndex))]
internal sealed partial class DigestExportJsonContext : JsonSerializerContext;
