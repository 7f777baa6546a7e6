using System.Text.Json;
using HelpBot.Dialogs.Conversation.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Markers;

/// <summary>Reads and writes <c>channelData.helpbot</c> on activities.</summary>
public static class MarkerExtensions
{
    /// <summary>Sets <paramref name="marker"/> as the activity's <c>channelData</c> and returns the activity.</summary>
    public static Activity WithMarker(this Activity activity, HelpBotMarker marker)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var envelope = new ChannelDataEnvelope { HelpBot = marker };
        activity.ChannelData = JsonSerializer.SerializeToElement(envelope, ConversationJsonContext.Default.ChannelDataEnvelope);
        return activity;
    }

    /// <summary>Returns the activity's marker, or null when its <c>channelData</c> has none.</summary>
    public static HelpBotMarker? GetMarker(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(ChannelDataEnvelope.PropertyName, out var marker)
            || marker.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return marker.Deserialize(ConversationJsonContext.Default.HelpBotMarker);
    }
}
