using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HelpBot.Dialogs.Engine.Prompts;

namespace HelpBot.Dialogs.Engine.Serialization;

/// <summary>
/// Source-generated serializers for everything the engine persists in conversation state and
/// every typed prompt result, so no turn pays for reflection. Null properties are left out.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(DialogInstance))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(DateTimeOffset))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
