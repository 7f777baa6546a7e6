using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using HelpBot.Dialogs.Conversation.Serialization;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>
/// <see cref="IDraftStore"/> over <see cref="IStorage"/>: each draft is one document under
/// <c>drafts/{id}</c>, where the id is 128 bits from a cryptographic random number generator.
/// </summary>
public sealed class DraftStore(
    IStorage storage, TimeProvider timeProvider, IOptions<ConversationOptions> options, ILogger<DraftStore> logger) : IDraftStore
{
    private const int IdBytes = 16;
    private const int IdLength = 22;
    private const int MaxIndexAttempts = 5;
    private const string IndexKey = "drafts-index";

    public async Task<StoredDraftLink> SaveAsync(ReadOnlyMemory<byte> eml, CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var now = timeProvider.GetUtcNow();
        var expiresAt = now + options.Value.DraftRetention;
        var document = new StoredDraft { Eml = eml.ToArray(), ExpiresAt = expiresAt };
        var json = JsonSerializer.SerializeToUtf8Bytes(document, ConversationJsonContext.Default.StoredDraft);

        // A null ETag means "must not exist yet", so a repeated id fails instead of overwriting.
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(id)] = new(json, null) }, cancellationToken);
        Log.DraftStored(logger, eml.Length);
        await IndexAndSweepAsync(new DraftIndexEntry { Id = id, ExpiresAt = expiresAt }, now, cancellationToken);
        return new StoredDraftLink(id, expiresAt);
    }

    public async Task<byte[]?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(id))
        {
            return null;
        }

        var key = Key(id);
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            return null;
        }

        var document = JsonSerializer.Deserialize(item.Json.Span, ConversationJsonContext.Default.StoredDraft);
        if (document is null || document.ExpiresAt <= timeProvider.GetUtcNow())
        {
            await storage.DeleteAsync([key], cancellationToken);
            Log.DraftExpired(logger);
            return null;
        }

        return document.Eml;
    }

    // Adds the new draft to the index and deletes the drafts that expired, so drafts nobody downloads
    // do not stay in storage. A concurrent save changes the index ETag, so the update is retried.
    private async Task IndexAndSweepAsync(DraftIndexEntry added, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([IndexKey], cancellationToken);
            var etag = items.TryGetValue(IndexKey, out var item) ? item.ETag : null;
            var index = item is null ? new DraftIndex() : JsonSerializer.Deserialize(item.Json.Span, ConversationJsonContext.Default.DraftIndex) ?? new DraftIndex();
            var expired = index.Drafts.Where(d => d.ExpiresAt <= now).Select(d => d.Id).ToList();
            index.Drafts = [.. index.Drafts.Where(d => d.ExpiresAt > now), added];
            try
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(index, ConversationJsonContext.Default.DraftIndex);
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [IndexKey] = new(json, etag) }, cancellationToken);
            }
            catch (StorageConcurrencyException) when (attempt < MaxIndexAttempts)
            {
                continue;
            }

            if (expired.Count > 0)
            {
                await storage.DeleteAsync([.. expired.Select(Key)], cancellationToken);
                Log.DraftsSwept(logger, expired.Count);
            }

            return;
        }
    }

    private static string Key(string id) => $"drafts/{id}";

    private static bool IsWellFormed(string? id) =>
        id is { Length: IdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
