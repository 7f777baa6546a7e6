using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

/// <summary>An <see cref="IProactiveSender"/> that accepts every message and records it with its address.</summary>
internal sealed class RecordingProactiveSender : IProactiveSender
{
    private readonly Lock _sync = new();
    private readonly List<(ProactiveAddress Address, Activity Activity)> _sent = [];

    /// <summary>Every message sent so far, oldest first.</summary>
    public IReadOnlyList<(ProactiveAddress Address, Activity Activity)> Sent
    {
        get
        {
            lock (_sync)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Returns the messages sent to <paramref name="userId"/>, oldest first.</summary>
    public List<Activity> SentTo(string userId) => [.. Sent.Where(s => s.Address.UserId == userId).Select(s => s.Activity)];

    public Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            _sent.AddRange(activities.Select(activity => (address, activity)));
        }

        return Task.FromResult(ProactiveDelivery.Sent);
    }
}
