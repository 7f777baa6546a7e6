using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line store in the bot's SQLite file, in tables of its own beside the state table, so a
/// client can reconnect with its old token and watermark after a restart. Each append runs in one
/// immediate transaction, so two writers never hand out the same sequence number.
/// </summary>
public sealed class SqliteDirectLineStore : IDirectLineStore
{
    private const string CreateSchemaSql = """
        CREATE TABLE IF NOT EXISTS directline_conversations (
            id TEXT NOT NULL PRIMARY KEY,
            channel_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_directline_conversations_updated_at ON directline_conversations (updated_at);
        CREATE TABLE IF NOT EXISTS directline_activities (
            conversation_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            json BLOB NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS directline_attachments (
            conversation_id TEXT NOT NULL,
            id TEXT NOT NULL,
            content_type TEXT NOT NULL,
            name TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (conversation_id, id)
        );
        """;

    private const string InsertConversationSql = """
        INSERT INTO directline_conversations (id, channel_id, created_at, updated_at, last_sequence)
        VALUES ($id, $channel_id, $now, $now, 0) ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectConversationSql =
        "SELECT channel_id, created_at, updated_at, last_sequence FROM directline_conversations WHERE id = $id";

    private const string NextSequenceSql = """
        UPDATE directline_conversations SET last_sequence = last_sequence + 1, updated_at = MAX($now, updated_at + 1)
        WHERE id = $id RETURNING last_sequence, updated_at
        """;

    private const string InsertActivitySql =
        "INSERT INTO directline_activities (conversation_id, sequence, json) VALUES ($id, $sequence, $json)";

    private const string UpdateActivitySql =
        "UPDATE directline_activities SET json = $json WHERE conversation_id = $id AND sequence = $sequence";

    private const string PruneActivitiesSql =
        "DELETE FROM directline_activities WHERE conversation_id = $id AND sequence <= $oldest_removed";

    private const string SelectActivitiesSql = """
        SELECT sequence, json FROM directline_activities
        WHERE conversation_id = $id AND sequence > $after ORDER BY sequence LIMIT $limit
        """;

    private const string InsertAttachmentSql = """
        INSERT INTO directline_attachments (conversation_id, id, content_type, name, content)
        VALUES ($conversation_id, $id, $content_type, $name, $content)
        """;

    private const string SelectAttachmentSql =
        "SELECT content_type, name, content FROM directline_attachments WHERE conversation_id = $conversation_id AND id = $id";

    private const string DeleteExpiredSql = """
        CREATE TEMP TABLE IF NOT EXISTS expired_directline (id TEXT PRIMARY KEY);
        DELETE FROM expired_directline;
        INSERT INTO expired_directline SELECT id FROM directline_conversations WHERE updated_at < $updated_before;
        DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM expired_directline);
        DELETE FROM directline_attachments WHERE conversation_id IN (SELECT id FROM expired_directline);
        DELETE FROM directline_conversations WHERE id IN (SELECT id FROM expired_directline);
        """;

    private const int CheckpointAttempts = 5;
    private static readonly TimeSpan CheckpointRetryDelay = TimeSpan.FromMilliseconds(50);

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxActivities;
    private volatile bool _schemaCreated;

    public SqliteDirectLineStore(SqliteDatabase database, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _timeProvider = timeProvider;
        _maxActivities = options.Value.MaxActivitiesPerConversation;
    }

    public async Task<bool> TryCreateConversationAsync(string conversationId, string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = InsertConversationSql;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$channel_id", channelId);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectConversationSql;
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new DirectLineConversation(
            conversationId,
            reader.GetString(0),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
            reader.GetInt64(3));
    }

    public async Task<long> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var (sequence, timestamp) = await NextSequenceAsync(connection, transaction, conversationId, cancellationToken);
        activity.Id = DirectLineIds.ActivityId(conversationId, sequence);
        ActivityOrder.Apply(activity, sequence, timestamp);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = InsertActivitySql;
            insert.Parameters.AddWithValue("$id", conversationId);
            insert.Parameters.AddWithValue("$sequence", sequence);
            insert.Parameters.Add("$json", SqliteType.Blob).Value = json;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (sequence > _maxActivities)
        {
            await PruneAsync(connection, transaction, conversationId, sequence - _maxActivities, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return sequence;
    }

    // A replacement takes a password or a name out of a stored copy. secure_delete (set by SqliteDatabase)
    // zeroes the old row in the database file, but its bytes stay in WAL frames until a checkpoint truncates
    // the WAL, so one runs right away. A reader on an older snapshot can keep it from finishing, so it is
    // tried a few times; after that the periodic checkpoint tries again.
    public async Task<bool> ReplaceAsync(string conversationId, long sequence, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        bool replaced;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = UpdateActivitySql;
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$sequence", sequence);
            command.Parameters.Add("$json", SqliteType.Blob).Value = json;
            replaced = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        for (var attempt = 1; replaced && attempt <= CheckpointAttempts; attempt++)
        {
            if (await _database.CheckpointAsync(cancellationToken))
            {
                break;
            }

            await Task.Delay(CheckpointRetryDelay, cancellationToken);
        }

        return replaced;
    }

    public async Task<ActivityPage> ReadAfterAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectActivitiesSql;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", maxCount);

        var activities = new List<Activity>();
        var last = afterSequence;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            last = reader.GetInt64(0);
            var json = reader.GetFieldValue<byte[]>(1);
            activities.Add(JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!);
        }

        return new ActivityPage(activities, last);
    }

    public async Task SaveAttachmentsAsync(IReadOnlyList<StoredAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertAttachmentSql;
        var conversationParameter = command.Parameters.Add("$conversation_id", SqliteType.Text);
        var idParameter = command.Parameters.Add("$id", SqliteType.Text);
        var contentTypeParameter = command.Parameters.Add("$content_type", SqliteType.Text);
        var nameParameter = command.Parameters.Add("$name", SqliteType.Text);
        var contentParameter = command.Parameters.Add("$content", SqliteType.Blob);

        foreach (var attachment in attachments)
        {
            conversationParameter.Value = attachment.ConversationId;
            idParameter.Value = attachment.Id;
            contentTypeParameter.Value = attachment.ContentType;
            nameParameter.Value = attachment.Name;
            contentParameter.Value = attachment.Content;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredAttachment?> GetAttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectAttachmentSql;
        command.Parameters.AddWithValue("$conversation_id", conversationId);
        command.Parameters.AddWithValue("$id", attachmentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredAttachment(conversationId, attachmentId, reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2));
    }

    public async Task<int> DeleteConversationsUpdatedBeforeAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = DeleteExpiredSql;
            command.Parameters.AddWithValue("$updated_before", updatedBefore.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = "SELECT count(*) FROM expired_directline";
        var deleted = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    // updated_at (Unix milliseconds) is also the appended activity's timestamp, one millisecond after the previous
    // one at least, so the timestamps of a conversation increase strictly (ActivityOrder).
    private async Task<(long Sequence, DateTimeOffset Timestamp)> NextSequenceAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = NextSequenceSql;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$now", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
            : throw new KeyNotFoundException($"Direct Line conversation {conversationId} does not exist.");
    }

    private static async Task PruneAsync(SqliteConnection connection, SqliteTransaction transaction, string conversationId, long oldestRemoved, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = PruneActivitiesSql;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$oldest_removed", oldestRemoved);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

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
}
