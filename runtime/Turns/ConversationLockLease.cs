namespace HelpBot.Runtime.Turns;

/// <summary>A held <see cref="ConversationLock"/>; disposing it lets the next turn of the conversation run.</summary>
/// <remarks>
/// Dispose it exactly once, because each copy of this struct refers to the same lock.
/// NOTE: A second dispose is not detected and would let two turns of the conversation run at once.
/// </remarks>
public readonly struct ConversationLockLease : IDisposable
{
    private readonly ConversationLock? _owner;
    private readonly (string, string) _key;
    private readonly ConversationLock.Entry? _entry;

    internal ConversationLockLease(ConversationLock owner, (string, string) key, ConversationLock.Entry entry)
    {
        _owner = owner;
        _key = key;
        _entry = entry;
    }

    public void Dispose() => _owner?.Release(_key, _entry!);
}
