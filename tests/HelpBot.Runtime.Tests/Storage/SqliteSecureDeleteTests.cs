using System.Text;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Runtime.Tests.Storage;

/// <summary>
/// A scrubbed or deleted value must leave no bytes in helpbot.db or its WAL once the checkpoint
/// service has run. Every value is fake.
/// </summary>
public sealed class SqliteSecureDeleteTests : IDisposable
{
    private const string Ssn = "078-05-1120";
    private const string Email = "dana@example.org";
    private const string Phone = "303-555-0147";

    private readonly TemporaryDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Checkpoint_ScrubbedAndDeleted_LeavesNoBytes()
    {
        var database = _database.Open();
        var storage = new SqliteStorage(database, _time);
        var etags = await storage.WriteAsync(Item("test/conversations/scrubbed", $$"""{"ssn":"{{Ssn}}","phone":"{{Phone}}"}"""), CancellationToken.None);
        await storage.WriteAsync(Item("test/conversations/deleted", $$"""{"email":"{{Email}}"}"""), CancellationToken.None);
        var before = ReadDatabaseFiles();

        await storage.WriteAsync(Item("test/conversations/scrubbed", """{"ssn":"[SSN]","phone":"[PHONE]"}""", etags["test/conversations/scrubbed"]), CancellationToken.None);
        await storage.DeleteAsync(["test/conversations/deleted"], CancellationToken.None);
        var service = CreateService(database);
        var finished = await service.CheckpointOnceAsync(CancellationToken.None);
        var after = ReadDatabaseFiles();

        Assert.True(finished);
        Assert.Contains(before, file => file.Text.Contains(Ssn, StringComparison.Ordinal));
        Assert.Equal(0, new FileInfo(_database.FilePath + "-wal").Length);
        foreach (var value in new[] { Ssn, Phone, Email })
        {
            Assert.All(after, file => Assert.False(file.Text.Contains(value, StringComparison.Ordinal), $"{file.Name} contains {value}."));
        }
    }

    [Fact]
    public async Task Checkpoint_NoFile_CreatesNothing()
    {
        var database = _database.Open();

        var finished = await CreateService(database).CheckpointOnceAsync(CancellationToken.None);

        Assert.True(finished);
        Assert.False(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task OpenConnectionAsync_Connection_SecureDeleteOn()
    {
        await using var connection = await _database.Open().OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete;";

        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private SqliteCheckpointService CreateService(SqliteDatabase database) =>
        new(database, Options.Create(new StorageOptions()), _time, new FakeLogger<SqliteCheckpointService>());

    private static Dictionary<string, StoreItem> Item(string key, string json, string? etag = null) =>
        new(StringComparer.Ordinal) { [key] = new StoreItem(Encoding.UTF8.GetBytes(json), etag) };

    // Reads the database and its -wal file while pooled connections still have them open.
    private List<(string Name, string Text)> ReadDatabaseFiles()
    {
        var files = new List<(string Name, string Text)>();
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(_database.FilePath)!, "state.db*"))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files.Add((Path.GetFileName(path), Encoding.UTF8.GetString(memory.ToArray())));
        }

        Assert.Contains(files, file => file.Name == "state.db");
        return files;
    }
}
