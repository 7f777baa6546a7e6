using System.Text;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Runtime.Tests.Storage;

public sealed class ConversationRetentionServiceTests
{
    private const string ConversationKey = "test/conversations/conv-1";
    private const string UserKey = "test/users/user-1";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<ConversationRetentionService> _logger = new();
    private readonly MemoryStorage _storage;

    public ConversationRetentionServiceTests() => _storage = new MemoryStorage(_time);

    [Fact]
    public async Task PurgeOnceAsync_NotExpired_KeepsState()
    {
        await WriteAsync(ConversationKey);
        _time.Advance(TimeSpan.FromHours(23));

        var deleted = await CreateService().PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.True(await ExistsAsync(ConversationKey));
    }

    [Fact]
    public async Task PurgeOnceAsync_Expired_DeletesConversationOnly()
    {
        await WriteAsync(ConversationKey);
        await WriteAsync(UserKey);
        _time.Advance(TimeSpan.FromHours(25));

        var deleted = await CreateService().PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.False(await ExistsAsync(ConversationKey));
        Assert.True(await ExistsAsync(UserKey));
    }

    [Fact]
    public async Task ExecuteAsync_TimerTick_DeletesExpiredState()
    {
        await WriteAsync(ConversationKey);
        using var service = CreateService();

        await service.StartAsync(CancellationToken.None);
        var firstRunDone = await WaitUntilAsync(() => Task.FromResult(PurgeRuns() == 1));
        _time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var deleted = await WaitUntilAsync(async () => !await ExistsAsync(ConversationKey));
        await service.StopAsync(CancellationToken.None);

        Assert.True(firstRunDone);
        Assert.True(deleted);
        Assert.True(PurgeRuns() >= 2);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 1043);
    }

    [Fact]
    public async Task ExecuteAsync_TimerNotDue_KeepsState()
    {
        await WriteAsync(ConversationKey);
        using var service = CreateService();

        await service.StartAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(30));
        await service.StopAsync(CancellationToken.None);

        Assert.True(await ExistsAsync(ConversationKey));
    }

    [Fact]
    public async Task PurgeOnceAsync_StorageFails_LogsError()
    {
        var service = new ConversationRetentionService(new FailingPurgeStorage(), Options.Create(new StorageOptions()), _time, _logger);

        var deleted = await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Equal(1042, Assert.Single(_logger.Collector.GetSnapshot()).Id.Id);
    }

    private int PurgeRuns() => _logger.Collector.GetSnapshot().Count(r => r.Id.Id == 1041);

    private ConversationRetentionService CreateService() =>
        new(_storage, Options.Create(new StorageOptions { ConversationRetention = TimeSpan.FromDays(1), PurgeInterval = TimeSpan.FromHours(1) }), _time, _logger);

    private async Task WriteAsync(string key) =>
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Encoding.UTF8.GetBytes("{}"), StoreItem.AnyETag) }, CancellationToken.None);

    private async Task<bool> ExistsAsync(string key) =>
        (await _storage.ReadAsync([key], CancellationToken.None)).ContainsKey(key);

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(5);
        }

        return false;
    }

    private sealed class FailingPurgeStorage : IStorage, IPurgeableStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<int> PurgeConversationsAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken) =>
            throw new IOException("Disk failed in test.");
    }
}
