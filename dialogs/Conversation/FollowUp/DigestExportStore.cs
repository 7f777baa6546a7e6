using HelpBot.Dialogs.Conversation.Downloads;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// <see cref="IDigestExportStore"/> over <see cref="IStorage"/>: each CSV is one document under
/// <c>digests/{id}</c>, kept for <see cref="ConversationOptions.DigestRetention"/>.
/// </summary>
public sealed class DigestExportStore(
    IStorage storage, TimeProvider timeProvider, IOptions<ConversationOptions> options, ILogger<DigestExportStore> logger) : IDigestExportStore
{
    private readonly ExpiringFileStore _files = new(storage, timeProvider, "digests", logger);

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> csv, CancellationToken cancellationToken)
    {
        var (id, _) = await _files.SaveAsync(csv, options.Value.DigestRetention, cancellationToken);
        return id;
    }

    public Task<byte[]?> GetAsync(string id, CancellationToken cancellationToken) => _files.GetAsync(id, cancellationToken);
}
