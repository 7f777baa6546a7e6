using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>An <see cref="IProactiveSender"/> that records what it is given and answers with <see cref="Result"/>.</summary>
internal sealed class RecordingProactiveSender : IProactiveSender
{
    private readonly Lock _lock = new();
    private readonly List<(ProactiveAddress Address, Activity Activity)> _sent = [];

    /// <summary>The delivery result for each call; every call succeeds unless a test changes it.</summary>
    public Func<ProactiveAddress, ProactiveDelivery> Result { get; set; } = _ => ProactiveDelivery.Sent;

    /// <summary>Calls whose result was <see cref="ProactiveDelivery.Sent"/> or <see cref="ProactiveDelivery.Queued"/>.</summary>
    public IReadOnlyList<(ProactiveAddress Address, Activity Activity)> Delivered
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    public int Attempts { get; private set; }

    public Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var result = Result(address);
        lock (_lock)
        {
            Attempts++;
            if (result is ProactiveDelivery.Sent or ProactiveDelivery.Queued)
            {
                _sent.AddRange(activities.Select(activity => (address, activity)));
            }
        }

        return Task.FromResult(result);
    }

    public void Clear()
    {
        lock (_lock)
        {
            _sent.Clear();
        }
    }
}
