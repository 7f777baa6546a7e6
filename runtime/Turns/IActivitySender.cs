using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Turns;

/// <summary>
/// Delivers the bot's outbound activities on one channel: the embedded Direct Line appends them
/// to its conversation, the Bot Connector channel posts them to the activity's serviceUrl.
/// </summary>
public interface IActivitySender
{
    /// <summary>Sends <paramref name="activity"/>, whose addressing fields are already filled, and returns its id.</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);
}
