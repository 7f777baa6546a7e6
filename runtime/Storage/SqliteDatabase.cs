using Microsoft.Data.Sqlite;

namespace HelpBot.Runtime.Storage;

/// <summary>
/// The bot's SQLite file. State storage and other components (such as the Direct Line
/// transcript) share it, each in its own table. Opening the first connection creates the folder
/// and switches the file to write-ahead logging (WAL), in which readers and the one writer do not
/// block each other.
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>How long a connection waits for another connection's write lock before failing. Defaults to 5 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private readonly string _busyTimeoutPragma;
    private volatile bool _initialized;

    /// <param name="filePath">The database file; its folder is created on first use.</param>
    /// <param name="busyTimeout">Wait for a locked database; null uses <see cref="DefaultBusyTimeout"/>.</param>
    public SqliteDatabase(string filePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        FilePath = Path.GetFullPath(filePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

        var timeout = (long)(busyTimeout ?? DefaultBusyTimeout).TotalMilliseconds;
        // synchronous=NORMAL is the setting SQLite recommends with WAL: the file cannot be
        // corrupted, but a power loss can undo the last commits. secure_delete=ON makes SQLite
        // overwrite deleted and replaced content with zeros, so a scrubbed value does not stay in
        // free space. Older copies stay in WAL frames until CheckpointAsync truncates the WAL.
        _busyTimeoutPragma = $"PRAGMA busy_timeout = {timeout}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>A pooled, read-write connection string for <see cref="FilePath"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Opens a pooled connection with the busy timeout set. The caller disposes it, which returns
    /// it to the pool.
    /// </summary>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, _busyTimeoutPragma, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Copies every committed WAL frame into the database file and truncates the WAL to zero bytes
    /// (<c>PRAGMA wal_checkpoint(TRUNCATE)</c>), which removes older copies of changed rows from the
    /// WAL. It waits up to the busy timeout for writers, and does nothing when the file does not exist yet.
    /// </summary>
    /// <returns>False when a reader or writer kept the checkpoint from finishing; the next call tries again.</returns>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return true;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        // The single row is (busy, WAL frames, frames checkpointed); busy is 1 when it could not finish.
        return await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) == 0;
    }

    // Both steps are idempotent, so two first callers racing here do no harm.
    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, _busyTimeoutPragma, cancellationToken);

        // The journal mode is stored in the file, so this runs once per process, not per connection.
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        _initialized = true;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
