using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>Body of <c>POST /v3/conversations</c>, which starts a conversation (in Teams, a 1:1 chat or a channel thread).</summary>
public sealed class ConversationParameters
{
    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; set; }

    [JsonPropertyName("bot")]
    public ChannelAccount? Bot { get; set; }

    [JsonPropertyName("members")]
    public List<ChannelAccount>? Members { get; set; }

    [JsonPropertyName("topicName")]
    public string? TopicName { get; set; }

    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    /// <summary>The first message of the conversation, if any.</summary>
    [JsonPropertyName("activity")]
    public Activity? Activity { get; set; }

    /// <summary>Channel-specific data; Teams reads <c>tenant.id</c> and <c>channel.id</c> here.</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; set; }
}
