using System.Text;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class DraftStoreTests
{
    private static readonly byte[] Eml = Encoding.UTF8.GetBytes("To: CBMS.help@state.co.us\r\nSubject: test\r\n\r\nbody");

    [Fact]
    public async Task Save_ThenGet_ReturnsSameBytes()
    {
        var (store, _) = CreateStore();

        var link = await store.SaveAsync(Eml, CancellationToken.None);

        Assert.Equal(Eml, await store.GetAsync(link.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_TwoDrafts_GetDifferentUnguessableIds()
    {
        var (store, _) = CreateStore();

        var first = await store.SaveAsync(Eml, CancellationToken.None);
        var second = await store.SaveAsync(Eml, CancellationToken.None);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(22, first.Id.Length);
    }

    [Fact]
    public async Task Get_AfterRetention_ReturnsNull()
    {
        var (store, time) = CreateStore();
        var link = await store.SaveAsync(Eml, CancellationToken.None);

        time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        Assert.Null(await store.GetAsync(link.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_AfterEarlierDraftExpired_DeletesItFromStorage()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 17, 0, 0, TimeSpan.Zero));
        var store = new DraftStore(storage, time, Options.Create(new ConversationOptions()), NullLogger<DraftStore>.Instance);
        var old = await store.SaveAsync(Eml, CancellationToken.None);

        time.Advance(TimeSpan.FromDays(2));
        var fresh = await store.SaveAsync(Eml, CancellationToken.None);

        Assert.Empty(await storage.ReadAsync([$"drafts/{old.Id}"], CancellationToken.None));
        Assert.Single(await storage.ReadAsync([$"drafts/{fresh.Id}"], CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../../etc/passwd-aaaaaaa")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Get_MalformedOrUnknownId_ReturnsNull(string id)
    {
        var (store, _) = CreateStore();

        Assert.Null(await store.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public void BuildUrl_BaseWithSlash_JoinsOnce()
    {
        var url = DraftRoutes.BuildUrl("http://127.0.0.1:3978/", "abc");

        Assert.Equal("http://127.0.0.1:3978/drafts/abc.eml", url.AbsoluteUri);
    }

    private static (DraftStore Store, FakeTimeProvider Time) CreateStore()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 17, 0, 0, TimeSpan.Zero));
        var store = new DraftStore(new MemoryStorage(), time, Options.Create(new ConversationOptions()), NullLogger<DraftStore>.Instance);
        return (store, time);
    }
}
