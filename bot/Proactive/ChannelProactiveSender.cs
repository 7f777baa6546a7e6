using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;

namespace HelpBot.Bot.Proactive;

/// <summary>
/// The host's <see cref="IProactiveSender"/>: routes by channel id. <c>webchat</c> and
/// <c>directline</c> go to the embedded Direct Line server; every other channel (<c>msteams</c>,
/// <c>emulator</c> and so on) goes through its Bot Connector API.
/// </summary>
public sealed class ChannelProactiveSender(DirectLineProactiveSender directLine, ConnectorProactiveSender connector) : IProactiveSender
{
    public Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentException.ThrowIfNullOrEmpty(address.ChannelId, "address.ChannelId");
        ArgumentException.ThrowIfNullOrEmpty(address.UserId, "address.UserId");
        if (activities.Count == 0)
        {
            return Task.FromResult(ProactiveDelivery.Sent);
        }

        return IsDirectLine(address.ChannelId)
            ? directLine.SendAsync(address, activities, cancellationToken)
            : connector.SendAsync(address, activities, cancellationToken);
    }

    /// <summary>Whether <paramref name="channelId"/> is served by the embedded Direct Line server.</summary>
    public static bool IsDirectLine(string channelId) =>
        string.Equals(channelId, ChannelIds.WebChat, StringComparison.OrdinalIgnoreCase)
        || string.Equals(channelId, ChannelIds.DirectLine, StringComparison.OrdinalIgnoreCase);
}
