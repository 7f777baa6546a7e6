using System.Text.Json;
using System.Text.Json.Serialization;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>
/// A Bot Framework activity: the unit of every exchange between a channel and the bot.
/// Properties the model does not name are kept in <see cref="ExtensionData"/>, so an activity
/// survives a read and write round trip unchanged.
/// </summary>
public sealed class Activity
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>When the channel received or sent the activity, written in UTC with a <c>Z</c> suffix.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("localTimestamp")]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone name of the client, such as <c>America/Denver</c>.</summary>
    [JsonPropertyName("localTimezone")]
    public string? LocalTimezone { get; set; }

    [JsonPropertyName("callerId")]
    public string? CallerId { get; set; }

    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }

    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }

    [JsonPropertyName("from")]
    public ChannelAccount? From { get; set; }

    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; set; }

    [JsonPropertyName("recipient")]
    public ChannelAccount? Recipient { get; set; }

    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; set; }

    [JsonPropertyName("attachmentLayout")]
    public string? AttachmentLayout { get; set; }

    [JsonPropertyName("membersAdded")]
    public List<ChannelAccount>? MembersAdded { get; set; }

    [JsonPropertyName("membersRemoved")]
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonPropertyName("topicName")]
    public string? TopicName { get; set; }

    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("speak")]
    public string? Speak { get; set; }

    [JsonPropertyName("inputHint")]
    public string? InputHint { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("suggestedActions")]
    public SuggestedActions? SuggestedActions { get; set; }

    [JsonPropertyName("attachments")]
    public List<Attachment>? Attachments { get; set; }

    [JsonPropertyName("entities")]
    public List<Entity>? Entities { get; set; }

    /// <summary>Channel-defined data, kept as raw JSON because its shape depends on the channel.</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; set; }

    /// <summary>Installation or contact action, such as <c>add</c> or <c>remove</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; set; }

    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("valueType")]
    public string? ValueType { get; set; }

    /// <summary>Payload of a card submit, an event or an invoke, kept as raw JSON.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("relatesTo")]
    public ConversationReference? RelatesTo { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("expiration")]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }

    [JsonPropertyName("importance")]
    public string? Importance { get; set; }

    [JsonPropertyName("deliveryMode")]
    public string? DeliveryMode { get; set; }

    /// <summary>Properties of the wire activity that this model does not name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
