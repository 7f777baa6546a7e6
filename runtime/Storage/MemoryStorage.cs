using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Storage;

/// <summary>
/// In-process storage for tests and single-instance runs that need no persistence. Values are
/// copied on write and on read, so no caller shares mutable bytes with the store.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (byte[] Json, long Version)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _nextVersion;

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
        lock (_lock)
        {
            foreach (var (key, change) in changes)
            {
                CheckETag(key, change.ETag);
            }

            foreach (var (key, change) in changes)
            {
                var version = ++_nextVersion;
                _items[key] = (change.Json.ToArray(), version);
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

    private void CheckETag(string key, string? etag)
    {
        if (etag == StoreItem.AnyETag)
        {
            return;
        }

        var exists = _items.TryGetValue(key, out var current);
        var matches = etag is null ? !exists : exists && FormatETag(current.Version) == etag;
        if (!matches)
        {
            throw new StorageConcurrencyException($"The stored version of key '{key}' changed since it was read.") { Key = key };
        }
    }

    private static string FormatETag(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
