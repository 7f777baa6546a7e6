using System.Text.Json.Serialization;

namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>Response of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The id of the new conversation.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The id of the first activity, when the request had one.</summary>
    [JsonPropertyName("activityId")]
    public string? ActivityId { get; set; }

    /// <summary>The serviceUrl for the new conversation, when it differs from the one called.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }
}
