using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Cards.Model;

namespace HelpBot.Cards.Serialization;

/// <summary>
/// Source-generated serializers for the card model, so building a card needs no reflection.
/// Null properties are left out.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(SubmitData))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class CardJsonContext : JsonSerializerContext;
