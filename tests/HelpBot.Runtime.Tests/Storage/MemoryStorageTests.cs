using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Runtime.Tests.Storage;

public sealed class MemoryStorageTests : StorageContractTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private MemoryStorage? _storage;

    protected override IStorage CreateStorage() => _storage ??= new MemoryStorage(_time);

    [Fact]
    public async Task PurgeConversationsAsync_Expired_KeepsUsers()
    {
        var storage = (MemoryStorage)CreateStorage();
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
}
