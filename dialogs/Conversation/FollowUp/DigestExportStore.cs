using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// <see cref="IDigestExportStore"/> over <see cref="IStorage"/>: each CSV is one document under
/// <c>digests/{id}</c>, where the id is 128 bits from a cryptographic random number generator. An
/// index document lists the expiries, and each save deletes the digests that expired.
/// </summary>
public sealed class DigestExportStore(
    IStorage storage, TimeProvider timeProvider, IOptions<ConversationOptions> options, ILogger<DigestExportStore> logger) : IDigestExportStore
{
    private const int IdBytes = 16;
    private const int IdLength = 22;
    private const int MaxIndexAttempts = 5;
    private const string IndexKey = "digests-index";

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> csv, CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var now = timeProvider.GetUtcNow();
        var expiresAt = now + options.Value.DigestRetention;
        var document = new StoredDigest { Csv = csv.ToArray(), ExpiresAt = expiresAt };
        var json = JsonSerializer.SerializeToUtf8Bytes(document, DigestExportJsonContext.Default.StoredDigest);

        // A null ETag means "must not exist yet", so a repeated id fails instead of overwriting.
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(id)] = new(json, null) }, cancellationToken);
        Log.DigestStored(logger, csv.Length);
        await IndexAndSweepAsync(id, expiresAt, now, cancellationToken);
        return id;
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

        var document = JsonSerializer.Deserialize(item.Json.Span, DigestExportJsonContext.Default.StoredDigest);
        if (document is null || document.ExpiresAt <= timeProvider.GetUtcNow())
        {
            await storage.DeleteAsync([key], cancellationToken);
            Log.DigestExpired(logger);
            return null;
        }

        return document.Csv;
    }

    // A concurrent save changes the index ETag, so the update is read and retried.
    private async Task IndexAndSweepAsync(string id, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([IndexKey], cancellationToken);
            var etag = items.TryGetValue(IndexKey, out var item) ? item.ETag : null;
            var index = item is null ? new StoredDigestIndex() : JsonSerializer.Deserialize(item.Json.Span, DigestExportJsonContext.Default.StoredDigestIndex) ?? new StoredDigestIndex();
            var expired = index.Digests.Where(pair => pair.Value <= now).Select(pair => pair.Key).ToList();
            expired.ForEach(key => index.Digests.Remove(key));
            index.Digests[id] = expiresAt;
            try
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(index, DigestExportJsonContext.Default.StoredDigestIndex);
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [IndexKey] = new(json, etag) }, cancellationToken);
            }
            catch (StorageConcurrencyException) when (attempt < MaxIndexAttempts)
            {
                continue;
            }

            if (expired.Count > 0)
            {
                await storage.DeleteAsync([.. expired.Select(Key)], cancellationToken);
                Log.DigestsSwept(logger, expired.Count);
            }

            return;
        }
    }

    private static string Key(string id) => $"digests/{id}";

    private static bool IsWellFormed(string? id) =>
        id is { Length: IdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
