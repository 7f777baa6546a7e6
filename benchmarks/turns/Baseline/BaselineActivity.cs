using System.Text.Json.Serialization;

namespace HelpBot.Benchmarks.Baseline;

/// <summary>The fields of an activity that the baseline reads and writes.</summary>
public sealed class BaselineActivity
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }

    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; set; }

    [JsonPropertyName("from")]
    public BaselineAccount? From { get; set; }

    [JsonPropertyName("recipient")]
    public BaselineAccount? Recipient { get; set; }

    [JsonPropertyName("conversation")]
    public BaselineAccount? Conversation { get; set; }
}
