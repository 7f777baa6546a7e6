using System.Text;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed class DigestExportStoreTests
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("a,b\r\n1,2\r\n");

    [Fact]
    public async Task SaveAsync_ThenGet_ReturnsBytes()
    {
        var (store, _, _) = Create();

        var id = await store.SaveAsync(Csv, CancellationToken.None);

        Assert.Equal(Csv, await store.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_TwoDigests_GetDifferentUnguessableIds()
    {
        var (store, _, _) = Create();

        var first = await store.SaveAsync(Csv, CancellationToken.None);
        var second = await store.SaveAsync(Csv, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(22, first.Length);
    }

    [Fact]
    public async Task GetAsync_AfterRetention_ReturnsNullAndDeletes()
    {
        var (store, time, storage) = Create();
        var id = await store.SaveAsync(Csv, CancellationToken.None);

        time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        Assert.Null(await store.GetAsync(id, CancellationToken.None));
        Assert.Empty(await storage.ReadAsync([$"digests/{id}"], CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_AfterOthersExpired_SweepsThem()
    {
        var (store, time, storage) = Create();
        var old = await store.SaveAsync(Csv, CancellationToken.None);
        time.Advance(TimeSpan.FromDays(2));

        await store.SaveAsync(Csv, CancellationToken.None);

        Assert.Empty(await storage.ReadAsync([$"digests/{old}"], CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../../tickets/HB-1234567")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task GetAsync_MalformedOrUnknownId_ReturnsNull(string id)
    {
        var (store, _, _) = Create();

        Assert.Null(await store.GetAsync(id, CancellationToken.None));
    }

    private static (DigestExportStore Store, FakeTimeProvider Time, MemoryStorage Storage) Create()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(ConversationHarness.Start);
        var store = new DigestExportStore(storage, time, Options.Create(new ConversationOptions()), NullLogger<DigestExportStore>.Instance);
        return (store, time, storage);
    }
}
