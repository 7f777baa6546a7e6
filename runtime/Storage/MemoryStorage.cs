using System.Globalization;
using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Storage;

/// <summary>
/// In-process storage for tests and single-instance runs that need no persistence. Values are
/// copied on write and on read, so no caller shares mutable bytes with the store.
/// </summary>
public sealed class MemoryStorage : IStorage, IPurgeableStorage
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private long _nextVersion;

    public MemoryStorage()
        : this(TimeProvider.System)
    {
    }

    /// <param name="timeProvider">Clock for the last-write time that <see cref="PurgeConversationsAsync"/> compares.</param>
    public MemoryStorage(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    result[key] = new StoreItem(item.Json.ToArray(), FormatETag(item.Version));
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            foreach (var (key, change) in changes)
            {
                CheckETag(key, change.ETag);
            }

            foreach (var (key, change) in changes)
            {
                var version = ++_nextVersion;
                _items[key] = new Entry(change.Json.ToArray(), version, now);
                etags[key] = FormatETag(version);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeConversationsAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken)
    {
        var deleted = 0;
        lock (_lock)
        {
            foreach (var (key, entry) in _items)
            {
                // Removing during enumeration is allowed for Dictionary<TKey, TValue> since .NET Core 3.0.
                if (entry.UpdatedAt < updatedBefore && key.Contains(StateKeys.ConversationSegment, StringComparison.Ordinal))
                {
                    _items.Remove(key);
                    deleted++;
                }
            }
        }

        return Task.FromResult(deleted);
    }

    private void CheckETag(string key, string? etag)
    {
        if (etag == StoreItem.AnyETag)
        {
            return;
        }

        var exists = _items.TryGetValue(key, out var current);
        var matches = etag is null ? !exists : exists && FormatETag(current!.Version) == etag;
        if (!matches)
        {
            throw StorageConcurrencyException.ForKey(key);
        }
    }

    // Versions come from one counter for the whole store, so a deleted and re-created key never
    // gets an ETag that an earlier reader still holds.
    private static string FormatETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private sealed record Entry(byte[] Json, long Version, DateTimeOffset UpdatedAt);
}
