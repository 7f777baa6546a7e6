using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Tests.TestDoubles;

/// <summary>Counts the calls made to an inner storage and keeps the last write batch.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public IReadOnlyDictionary<string, StoreItem>? LastWrite { get; private set; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Reads++;
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        Writes++;
        LastWrite = changes;
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.DeleteAsync(keys, cancellationToken);
}
