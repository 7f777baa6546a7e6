using System.Threading.Channels;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// One open stream's inbox. A null item means "the log grew, read it after your watermark"; an
/// activity is a transient one (typing) that is never stored. When the inbox is full the oldest
/// item is dropped, which loses at most a typing activity, because the reader reads the log anyway.
/// </summary>
public sealed class StreamSubscription : IDisposable
{
    private readonly Channel<Activity?> _inbox = Channel.CreateBounded<Activity?>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Action<StreamSubscription> _unsubscribe;

    internal StreamSubscription(string conversationId, Action<StreamSubscription> unsubscribe)
    {
        ConversationId = conversationId;
        _unsubscribe = unsubscribe;
    }

    /// <summary>The conversation this stream follows.</summary>
    public string ConversationId { get; }

    /// <summary>Signals and transient activities, in the order they were published.</summary>
    public ChannelReader<Activity?> Reader => _inbox.Reader;

    internal void Post(Activity? item) => _inbox.Writer.TryWrite(item);

    public void Dispose()
    {
        _inbox.Writer.TryComplete();
        _unsubscribe(this);
    }
}
