using System.Buffers;
using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The order hints a stored activity carries, so that clients show a conversation's activities in the
/// order the store appended them. Web Chat 4.18 sorts by <c>channelData["webchat:sequence-id"]</c> and,
/// when that is missing, by the <c>timestamp</c> in milliseconds; two replies sent in the same
/// millisecond then tie, and a reply that Web Chat holds back until the message it replies to arrives is
/// placed after the other.
/// </summary>
/// <remarks>
/// NOTE: typing activities are not stored, so they carry a timestamp but no sequence id, and Web Chat sorts them by
/// timestamp in milliseconds, after every stored activity. Activities stored before the sequence id was added have none either.
/// </remarks>
public static class ActivityOrder
{
    /// <summary>The channel data property Web Chat sorts by.</summary>
    public const string SequenceIdProperty = "webchat:sequence-id";

    /// <summary>
    /// Returns the timestamp of the activity appended after one stamped <paramref name="previous"/>:
    /// <paramref name="now"/> cut to whole milliseconds, or one millisecond after <paramref name="previous"/>
    /// when that is not later, so the timestamps of one conversation increase strictly.
    /// </summary>
    public static DateTimeOffset NextTimestamp(DateTimeOffset now, DateTimeOffset previous)
    {
        var wholeMilliseconds = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        var next = previous.AddMilliseconds(1);
        return wholeMilliseconds > previous ? wholeMilliseconds : DateTimeOffset.FromUnixTimeMilliseconds(next.ToUnixTimeMilliseconds());
    }

    /// <summary>Sets <paramref name="activity"/>'s timestamp and its Web Chat sequence id (the store's sequence number).</summary>
    public static void Apply(Activity activity, long sequence, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Timestamp = timestamp;

        // One pass copies the channel data's other properties and writes the sequence id after them.
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (activity.ChannelData is { ValueKind: JsonValueKind.Object } element)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (!property.NameEquals(SequenceIdProperty))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            writer.WriteNumber(SequenceIdProperty, sequence);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        activity.ChannelData = document.RootElement.Clone();
    }

    /// <summary>Copies the order hints that the store gave <paramref name="stored"/> to <paramref name="sent"/>, the activity as sent.</summary>
    public static void CopyTo(Activity stored, long sequence, Activity sent)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(sent);
        Apply(sent, sequence, stored.Timestamp!.Value);
    }
}
