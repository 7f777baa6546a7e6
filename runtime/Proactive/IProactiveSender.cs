using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Proactive;

/// <summary>
/// Sends messages outside a turn (reminders, escalation prompts) through the channel the user used:
/// the Bot Connector for Teams, the embedded Direct Line for web chat.
/// </summary>
public interface IProactiveSender
{
    /// <summary>
    /// Sends <paramref name="activities"/> in order to <paramref name="address"/>. The sender fills the
    /// addressing fields (conversation, from, recipient, serviceUrl); callers set type, text,
    /// attachments and channelData only.
    /// </summary>
    Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
