namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// Digest CSV files kept for a limited time under unguessable ids, so the supervisor who asked for
/// the digest can download it from <see cref="DigestRoutes.Template"/>. Anyone with the link can
/// download it until it expires; the file holds ticket metadata only.
/// </summary>
public interface IDigestExportStore
{
    /// <summary>Stores <paramref name="csv"/> and returns its new id.</summary>
    Task<string> SaveAsync(ReadOnlyMemory<byte> csv, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the bytes of digest <paramref name="id"/>, or null when the id is malformed, unknown or
    /// expired. An expired digest is deleted.
    /// </summary>
    Task<byte[]?> GetAsync(string id, CancellationToken cancellationToken);
}
