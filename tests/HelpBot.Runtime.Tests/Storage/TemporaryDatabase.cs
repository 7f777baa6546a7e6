using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace HelpBot.Runtime.Tests.Storage;

/// <summary>A SQLite file in its own temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "helpbot-runtime-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "state.db");
    }

    /// <summary>The folder; it does not exist until the database is first opened.</summary>
    public string Folder { get; }

    public string FilePath { get; }

    public SqliteDatabase Open() => new(FilePath);

    public void Dispose()
    {
        // Pooled connections keep the file open; clear them before deleting.
        using (var connection = new SqliteConnection(Open().ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
