using HelpBot.Dialogs.Conversation.Downloads;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>
/// <see cref="IDraftStore"/> over <see cref="IStorage"/>: each draft is one document under
/// <c>drafts/{id}</c>, kept for <see cref="ConversationOptions.DraftRetention"/>.
/// </summary>
public sealed class DraftStore(
    IStorage storage, TimeProvider timeProvider, IOptions<ConversationOptions> options, ILogger<DraftStore> logger) : IDraftStore
{
    private readonly ExpiringFileStore _files = new(storage, timeProvider, "drafts", logger);

    public async Task<StoredDraftLink> SaveAsync(ReadOnlyMemory<byte> eml, CancellationToken cancellationToken)
    {
        var (id, expiresAt) = await _files.SaveAsync(eml, options.Value.DraftRetention, cancellationToken);
        return new StoredDraftLink(id, expiresAt);
    }

    public Task<byte[]?> GetAsync(string id, CancellationToken cancellationToken) => _files.GetAsync(id, cancellationToken);
}
