using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.Markers;

/// <summary>The <c>channelData</c> object of an outbound activity: <c>{"helpbot": {...}}</c>.</summary>
public sealed class ChannelDataEnvelope
{
    public const string PropertyName = "helpbot";

    [JsonPropertyName(PropertyName)]
    public HelpBotMarker? HelpBot { get; set; }
}
