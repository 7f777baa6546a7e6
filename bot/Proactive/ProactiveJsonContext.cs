using System.Text.Json.Serialization;

namespace HelpBot.Bot.Proactive;

/// <summary>Source-generated serializers for what proactive delivery keeps in storage.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PendingDeliverySet))]
[JsonSerializable(typeof(UserConversationRecord))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
public sealed partial class ProactiveJsonContext : JsonSerializerContext;
