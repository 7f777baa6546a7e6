using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Downloads;

/// <summary>Source-generated serializers of the stored files and their index.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredFile))]
[JsonSerializable(typeof(StoredFileIndex))]
internal sealed partial class DownloadsJsonContext : JsonSerializerContext;
