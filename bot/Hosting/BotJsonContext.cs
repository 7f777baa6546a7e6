using System.Text.Json.Serialization;
using HelpBot.Bot.WebChat;

namespace HelpBot.Bot.Hosting;

/// <summary>Source-generated serializers for the host's own response bodies.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebChatTokenRequest))]
[JsonSerializable(typeof(WebChatTokenResponse))]
[JsonSerializable(typeof(SessionIdResponse))]
public sealed partial class BotJsonContext : JsonSerializerContext;
