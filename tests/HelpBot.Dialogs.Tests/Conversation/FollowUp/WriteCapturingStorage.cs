using System.Collections.Concurrent;
using System.Text;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

/// <summary>A <see cref="MemoryStorage"/> that also keeps the text of every document ever written, so tests can search them.</summary>
internal sealed class WriteCapturingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentQueue<string> _writes = new();

    /// <summary>Every written document as "key json", oldest first.</summary>
    public IReadOnlyCollection<string> Writes => _writes;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            _writes.Enqueue(key + " " + Encoding.UTF8.GetString(item.Json.Span));
        }

        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => _inner.DeleteAsync(keys, cancellationToken);
}
