using System.Text.Json.Serialization;
using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Bot.Channels.Teams;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Source-generated serializers for the Bot Framework channel's own types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(StoredConversationReference))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;
