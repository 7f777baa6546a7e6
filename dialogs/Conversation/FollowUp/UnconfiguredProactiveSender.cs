using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// The <see cref="IProactiveSender"/> that <c>AddHelpBotConversation</c> registers when the host has
/// none, so hosts without channels (benchmarks, tools) can still build the conversation. It sends
/// nothing, logs a warning and returns <see cref="ProactiveDelivery.NoAddress"/>, so the follow-up
/// service keeps the notice and tries again later. The bot host replaces it with its channel sender.
/// </summary>
public sealed class UnconfiguredProactiveSender(ILogger<UnconfiguredProactiveSender> logger) : IProactiveSender
{
    public Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(activities);
        Log.ProactiveSenderMissing(logger, address.ChannelId, activities.Count);
        return Task.FromResult(ProactiveDelivery.NoAddress);
    }
}
