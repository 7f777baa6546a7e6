namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>
/// Finished e-mail drafts (<c>.eml</c> bytes) kept for a limited time under unguessable ids, so the
/// user can download them from <see cref="DraftRoutes.Template"/>.
/// </summary>
public interface IDraftStore
{
    /// <summary>Stores <paramref name="eml"/> and returns its new id and expiry.</summary>
    Task<StoredDraftLink> SaveAsync(ReadOnlyMemory<byte> eml, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the bytes of draft <paramref name="id"/>, or null when the id is malformed, unknown or
    /// expired. An expired draft is deleted.
    /// </summary>
    Task<byte[]?> GetAsync(string id, CancellationToken cancellationToken);
}
