namespace HelpBot.Runtime.State;

/// <summary>Storage that can delete conversation state that has not changed for a while.</summary>
public interface IPurgeableStorage
{
    /// <summary>
    /// Deletes every conversation document (a key made by <see cref="StateKeys.Conversation"/>)
    /// last written before <paramref name="updatedBefore"/>. User documents are kept.
    /// </summary>
    /// <returns>The number of deleted documents.</returns>
    Task<int> PurgeConversationsAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken);
}
