using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Runtime.Tests.Storage;

public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    // A new instance per call, so the contract tests also cover separate instances sharing one file.
    protected override IStorage CreateStorage() => new SqliteStorage(_database.Open(), _time);

    [Fact]
    public async Task OpenConnectionAsync_FirstUse_CreatesWalFile()
    {
        var database = _database.Open();

        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = await command.ExecuteScalarAsync();

        Assert.True(File.Exists(_database.FilePath));
        Assert.Equal("wal", mode as string);
    }

    [Fact]
    public async Task ReadAsync_Reopened_SeesEarlierWrites()
    {
        var etags = await CreateStorage().WriteAsync(Changes(("test/conversations/c1", """{"step":3}""", null)), CancellationToken.None);
        using (var connection = new SqliteConnection(_database.Open().ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        var reopened = new SqliteStorage(new SqliteDatabase(_database.FilePath), TimeProvider.System);
        var items = await reopened.ReadAsync(["test/conversations/c1"], CancellationToken.None);

        Assert.Equal("""{"step":3}""", Text(items["test/conversations/c1"]));
        Assert.Equal(etags["test/conversations/c1"], items["test/conversations/c1"].ETag);
    }

    [Fact]
    public async Task PurgeConversationsAsync_Expired_KeepsUsers()
    {
        var storage = (SqliteStorage)CreateStorage();
        await storage.WriteAsync(Changes(("test/conversations/old", "{}", null), ("test/users/old", "{}", null)), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(25));
        await storage.WriteAsync(Changes(("test/conversations/new", "{}", null)), CancellationToken.None);

        var deleted = await storage.PurgeConversationsAsync(_time.GetUtcNow() - TimeSpan.FromDays(1), CancellationToken.None);
        var items = await storage.ReadAsync(["test/conversations/old", "test/users/old", "test/conversations/new"], CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.False(items.ContainsKey("test/conversations/old"));
        Assert.True(items.ContainsKey("test/users/old"));
        Assert.True(items.ContainsKey("test/conversations/new"));
    }

    [Fact]
    public async Task PurgeConversationsAsync_Underscores_NotWildcards()
    {
        var storage = (SqliteStorage)CreateStorage();
        await storage.WriteAsync(Changes(("test_conversations_old", "{}", null)), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(2));

        var deleted = await storage.PurgeConversationsAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, deleted);
    }
}
