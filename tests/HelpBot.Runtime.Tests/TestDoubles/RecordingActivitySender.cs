using System.Collections.Concurrent;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Tests.TestDoubles;

/// <summary>Records sent activities and can fail sends of chosen types.</summary>
internal sealed class RecordingActivitySender : IActivitySender
{
    private readonly ConcurrentQueue<Activity> _sent = new();
    private int _nextId;

    /// <summary>Activity types whose sends throw instead of being recorded.</summary>
    public HashSet<string> FailingTypes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Activity> Sent => [.. _sent];

    public int CountOfType(string type) => _sent.Count(a => a.Type == type);

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type is { } type && FailingTypes.Contains(type))
        {
            throw new HttpRequestException("Send failed in test.");
        }

        _sent.Enqueue(activity);
        var id = Interlocked.Increment(ref _nextId);
        return Task.FromResult(new ResourceResponse($"sent-{id}"));
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were sent, failing the test after 5 seconds.</summary>
    public async Task WaitForCountAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (_sent.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} sent activities, got {_sent.Count}.");
            }

            await Task.Delay(5);
        }
    }
}
