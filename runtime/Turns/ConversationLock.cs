namespace HelpBot.Runtime.Turns;

/// <summary>
/// One asynchronous lock per conversation, so two turns of the same conversation never run at
/// the same time in this process. Locks exist only while a turn holds or waits for them. Across
/// instances, the ETag check of state storage is the guard.
/// </summary>
public sealed class ConversationLock
{
    private const int MaxPooledEntries = 64;

    private readonly Dictionary<(string ChannelId, string ConversationId), Entry> _entries = [];
    private readonly Stack<Entry> _pool = new();
    private readonly Lock _sync = new();

    /// <summary>The number of conversations with a turn that holds or waits for the lock.</summary>
    internal int ActiveCount
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Waits until no other turn of the conversation holds the lock, then takes it. Dispose the
    /// returned lease once, when the turn ends.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public ValueTask<ConversationLockLease> AcquireAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var key = (channelId, conversationId);
        var entry = AddReference(key);
        if (entry.Semaphore.Wait(0, CancellationToken.None))
        {
            return new ValueTask<ConversationLockLease>(new ConversationLockLease(this, key, entry));
        }

        return WaitAsync(key, entry, cancellationToken);
    }

    /// <summary>
    /// Takes the lock when no turn of the conversation holds or waits for it, without waiting;
    /// returns false otherwise. Dispose <paramref name="lease"/> once when it was taken.
    /// </summary>
    public bool TryAcquire(string channelId, string conversationId, out ConversationLockLease lease)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var key = (channelId, conversationId);
        var entry = AddReference(key);
        if (entry.Semaphore.Wait(0, CancellationToken.None))
        {
            lease = new ConversationLockLease(this, key, entry);
            return true;
        }

        RemoveReference(key, entry);
        lease = default;
        return false;
    }

    internal void Release((string, string) key, Entry entry)
    {
        entry.Semaphore.Release();
        RemoveReference(key, entry);
    }

    private async ValueTask<ConversationLockLease> WaitAsync((string, string) key, Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            RemoveReference(key, entry);
            throw;
        }

        return new ConversationLockLease(this, key, entry);
    }

    private Entry AddReference((string, string) key)
    {
        lock (_sync)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = _pool.Count > 0 ? _pool.Pop() : new Entry();
                _entries.Add(key, entry);
            }

            entry.References++;
            return entry;
        }
    }

    // The last reference removes the key, so idle conversations cost nothing. No holder or
    // waiter is left at that point, so the semaphore is free again and safe to reuse.
    private void RemoveReference((string, string) key, Entry entry)
    {
        lock (_sync)
        {
            if (--entry.References > 0)
            {
                return;
            }

            _entries.Remove(key);
            if (_pool.Count < MaxPooledEntries)
            {
                _pool.Push(entry);
            }
            else
            {
                entry.Semaphore.Dispose();
            }
        }
    }

    /// <summary>The semaphore of one conversation and the number of turns holding or waiting for it.</summary>
    internal sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }
    }
}
