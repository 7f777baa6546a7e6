using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Tells the open streams of a conversation (there may be several) that it has something new.</summary>
public sealed class DirectLineStreamHub
{
    private readonly Dictionary<string, List<StreamSubscription>> _subscriptions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Opens an inbox for one stream of <paramref name="conversationId"/>; dispose it when the stream closes.</summary>
    public StreamSubscription Subscribe(string conversationId)
    {
        var subscription = new StreamSubscription(conversationId, Unsubscribe);
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var list))
            {
                list = [];
                _subscriptions[conversationId] = list;
            }

            list.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Returns how many streams of <paramref name="conversationId"/> are open.</summary>
    public int CountStreams(string conversationId)
    {
        lock (_lock)
        {
            return _subscriptions.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    /// <summary>Wakes the streams of <paramref name="conversationId"/> to read the activities appended to its log.</summary>
    public void NotifyAppended(string conversationId) => Publish(conversationId, null);

    /// <summary>Sends an activity that is not stored (a typing indicator) to the streams open now.</summary>
    public void PublishTransient(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Publish(conversationId, activity);
    }

    private void Publish(string conversationId, Activity? item)
    {
        StreamSubscription[] targets;
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var list))
            {
                return;
            }

            targets = [.. list];
        }

        foreach (var subscription in targets)
        {
            subscription.Post(item);
        }
    }

    private void Unsubscribe(StreamSubscription subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(subscription.ConversationId, out var list)
                && list.Remove(subscription) && list.Count == 0)
            {
                _subscriptions.Remove(subscription.ConversationId);
            }
        }
    }
}
