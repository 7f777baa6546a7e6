namespace HelpBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A thread-safe, append-only list of events from a child process or a browser, with waits on
/// conditions. A wait fails with the events seen so far, so a timeout explains itself.
/// </summary>
internal sealed class EventLog<T>
{
    private readonly List<T> _items = [];
    private readonly Lock _gate = new();
    private readonly Func<T, string> _describe;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _closedReason;

    public EventLog(Func<T, string> describe)
    {
        _describe = describe;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _items.Add(item);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>Marks the source as finished (a process exited), so waits stop early with this reason.</summary>
    public void Close(string reason)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _closedReason ??= reason;
            changed = _changed;
        }

        changed.TrySetResult();
    }

    /// <summary>Marks the source as running again, after a restart.</summary>
    public void Reopen()
    {
        lock (_gate)
        {
            _closedReason = null;
        }
    }

    public IReadOnlyList<T> Snapshot(int startIndex = 0)
    {
        lock (_gate)
        {
            return _items.Skip(startIndex).ToList();
        }
    }

    /// <summary>Waits for the first item at or after <paramref name="startIndex"/> that matches.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> predicate, TimeSpan timeout, string description, int startIndex = 0)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var i = startIndex; i < _items.Count; i++)
                {
                    if (predicate(_items[i]))
                    {
                        return _items[i];
                    }
                }

                if (_closedReason is not null)
                {
                    throw new InvalidOperationException($"Stopped waiting for {description}: {_closedReason}.{Dump(startIndex)}");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {description}.{Dump(startIndex)}");
            }
        }
    }

    private string Dump(int startIndex)
    {
        var lines = Snapshot(startIndex).TakeLast(40).Select(_describe);
        return $"{Environment.NewLine}Last events:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
