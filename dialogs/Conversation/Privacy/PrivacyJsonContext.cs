using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>Source-generated serializers of the PII review's dialog state and prompt result.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PrivacyCheck))]
[JsonSerializable(typeof(ReviewAnswer))]
[JsonSerializable(typeof(List<ReviewChoice>))]
internal sealed partial class PrivacyJsonContext : JsonSerializerContext;
