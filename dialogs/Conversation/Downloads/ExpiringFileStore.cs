using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Conversation.Downloads;

/// <summary>
/// Files kept in <see cref="IStorage"/> for a limited time under unguessable ids: each file is one
/// document under <c>{kind}/{id}</c>, where the id is 128 bits from a cryptographic random number
/// generator. An index document <c>{kind}-index</c> lists the expiries, and each save deletes the
/// files that expired, so files that are never downloaded do not stay in storage.
/// </summary>
internal sealed class ExpiringFileStore(IStorage storage, TimeProvider timeProvider, string kind, ILogger logger)
{
    private const int IdBytes = 16;
    private const int IdLength = 22;
    private const int MaxIndexAttempts = 5;

    private readonly string _indexKey = $"{kind}-index";

    /// <summary>Stores <paramref name="content"/> until <paramref name="retention"/> has passed and returns its new id and expiry.</summary>
    public async Task<(string Id, DateTimeOffset ExpiresAt)> SaveAsync(ReadOnlyMemory<byte> content, TimeSpan retention, CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var now = timeProvider.GetUtcNow();
        var expiresAt = now + retention;
        var document = new StoredFile { Content = content.ToArray(), ExpiresAt = expiresAt };
        var json = JsonSerializer.SerializeToUtf8Bytes(document, DownloadsJsonContext.Default.StoredFile);

        // A null ETag means "must not exist yet", so a repeated id fails instead of overwriting.
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(id)] = new(json, null) }, cancellationToken);
        Log.DownloadStored(logger, kind, content.Length);
        await IndexAndSweepAsync(id, expiresAt, now, cancellationToken);
        return (id, expiresAt);
    }

    /// <summary>Returns the bytes of file <paramref name="id"/>, or null when the id is malformed, unknown or expired. An expired file is deleted.</summary>
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

        var document = JsonSerializer.Deserialize(item.Json.Span, DownloadsJsonContext.Default.StoredFile);
        if (document is null || document.ExpiresAt <= timeProvider.GetUtcNow())
        {
            await storage.DeleteAsync([key], cancellationToken);
            Log.DownloadExpired(logger, kind);
            return null;
        }

        return document.Content;
    }

    // A concurrent save changes the index ETag, so the update is read and retried.
    private async Task IndexAndSweepAsync(string id, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([_indexKey], cancellationToken);
            var etag = items.TryGetValue(_indexKey, out var item) ? item.ETag : null;
            var index = item is null ? new StoredFileIndex() : JsonSerializer.Deserialize(item.Json.Span, DownloadsJsonContext.Default.StoredFileIndex) ?? new StoredFileIndex();
            var expired = index.Files.Where(pair => pair.Value <= now).Select(pair => pair.Key).ToList();
            expired.ForEach(key => index.Files.Remove(key));
            index.Files[id] = expiresAt;
            try
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(index, DownloadsJsonContext.Default.StoredFileIndex);
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [_indexKey] = new(json, etag) }, cancellationToken);
            }
            catch (StorageConcurrencyException) when (attempt < MaxIndexAttempts)
            {
                continue;
            }

            if (expired.Count > 0)
            {
                await storage.DeleteAsync([.. expired.Select(Key)], cancellationToken);
                Log.DownloadsSwept(logger, kind, expired.Count);
            }

            return;
        }
    }

    private string Key(string id) => $"{kind}/{id}";

    private static bool IsWellFormed(string? id) =>
        id is { Length: IdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
