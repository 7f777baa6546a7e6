using System.Runtime.InteropServices;
using HelpBot.Runtime.State;
using Microsoft.Data.Sqlite;

namespace HelpBot.Runtime.Storage;

/// <summary>
/// State storage in the <c>bot_state</c> table of the bot's SQLite file, so conversations resume
/// after a restart. Each write runs in one immediate transaction, which takes SQLite's write lock
/// before the ETags are checked, so two processes sharing the file cannot both win.
/// </summary>
public sealed class SqliteStorage : IStorage, IPurgeableStorage
{
    private const string CreateSchemaSql = """
        CREATE TABLE IF NOT EXISTS bot_state (
            key TEXT NOT NULL PRIMARY KEY,
            json BLOB NOT NULL,
            etag TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_bot_state_updated_at ON bot_state (updated_at);
        """;

    private const string SelectSql = "SELECT json, etag FROM bot_state WHERE key = $key";
    private const string SelectETagSql = "SELECT etag FROM bot_state WHERE key = $key";
    private const string DeleteSql = "DELETE FROM bot_state WHERE key = $key";

    private const string UpsertSql = """
        INSERT INTO bot_state (key, json, etag, updated_at) VALUES ($key, $json, $etag, $updated_at)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    // instr() matches the segment literally; LIKE would treat '_' in the segment as a wildcard.
    private const string PurgeSql = """
        DELETE FROM bot_state WHERE updated_at < $updated_before AND instr(key, $segment) > 0
        """;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private volatile bool _schemaCreated;

    /// <param name="database">The file to store state in.</param>
    /// <param name="timeProvider">Clock for the <c>updated_at</c> column that retention compares.</param>
    public SqliteStorage(SqliteDatabase database, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _timeProvider = timeProvider;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, SelectSql, out var keyParameter);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                result[key] = new StoreItem(reader.GetFieldValue<byte[]>(0), reader.GetString(1));
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await CheckETagsAsync(connection, transaction, changes, cancellationToken);
        await UpsertAsync(connection, transaction, changes, etags, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = CreateCommand(connection, DeleteSql, out var keyParameter);
        command.Transaction = transaction;
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PurgeConversationsAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = PurgeSql;
        command.Parameters.AddWithValue("$updated_before", updatedBefore.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$segment", StateKeys.ConversationSegment);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CheckETagsAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyDictionary<string, StoreItem> changes,
        CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, SelectETagSql, out var keyParameter);
        command.Transaction = transaction;
        foreach (var (key, change) in changes)
        {
            if (change.ETag == StoreItem.AnyETag)
            {
                continue;
            }

            keyParameter.Value = key;
            var stored = await command.ExecuteScalarAsync(cancellationToken) as string;
            if (!string.Equals(stored, change.ETag, StringComparison.Ordinal))
            {
                throw StorageConcurrencyException.ForKey(key);
            }
        }
    }

    private async Task UpsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyDictionary<string, StoreItem> changes,
        Dictionary<string, string> etags,
        CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, UpsertSql, out var keyParameter);
        command.Transaction = transaction;
        var jsonParameter = command.Parameters.Add("$json", SqliteType.Blob);
        var etagParameter = command.Parameters.Add("$etag", SqliteType.Text);
        command.Parameters.AddWithValue("$updated_at", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds());

        foreach (var (key, change) in changes)
        {
            var etag = CreateETag();
            keyParameter.Value = key;
            jsonParameter.Value = ToArray(change.Json);
            etagParameter.Value = etag;
            await command.ExecuteNonQueryAsync(cancellationToken);
            etags[key] = etag;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken);
        if (_schemaCreated)
        {
            return connection;
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = CreateSchemaSql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaCreated = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, string sql, out SqliteParameter keyParameter)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        return command;
    }

    // Random ETags stay unique when a key is deleted and created again, which a per-row counter would not.
    private static string CreateETag() => Random.Shared.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    // Avoids a copy when the value already fills a whole array, as StateScope output does.
    private static byte[] ToArray(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();
}
