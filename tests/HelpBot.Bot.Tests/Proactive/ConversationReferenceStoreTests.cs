using System.Text.Json;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;

namespace HelpBot.Bot.Tests.Proactive;

public sealed class ConversationReferenceStoreTests
{
    [Fact]
    public async Task SaveIfChangedAsync_SameReferenceTwice_WritesOnce()
    {
        var store = CreateStore();

        var first = await store.SaveIfChangedAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);
        var second = await store.SaveIfChangedAsync(CreateActivity("activity-2"), serviceUrlVerified: true, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task SaveIfChangedAsync_NewServiceUrl_Writes()
    {
        var store = CreateStore();
        await store.SaveIfChangedAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);
        var moved = CreateActivity("activity-2");
        moved.ServiceUrl = "http://127.0.0.1:9/other/";

        var written = await store.SaveIfChangedAsync(moved, serviceUrlVerified: true, CancellationToken.None);

        Assert.True(written);
        var stored = await store.GetAsync(ChannelIds.MsTeams, "a:conversation-1", CancellationToken.None);
        Assert.Equal("http://127.0.0.1:9/other/", stored?.Reference.ServiceUrl);
    }

    [Fact]
    public async Task SaveIfChangedAsync_AfterDelete_WritesAgain()
    {
        var store = CreateStore();
        await store.SaveIfChangedAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);
        await store.DeleteAsync(CreateActivity("activity-2"), CancellationToken.None);

        var written = await store.SaveIfChangedAsync(CreateActivity("activity-3"), serviceUrlVerified: true, CancellationToken.None);

        Assert.True(written);
    }

    [Fact]
    public async Task SaveAsync_PersonalConversation_KeepsTenantReference()
    {
        var store = CreateStore();

        await store.SaveAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);

        var byTenant = await store.GetTenantReferenceAsync(ChannelIds.MsTeams, "tenant-1", CancellationToken.None);
        var byChannel = await store.GetTenantReferenceAsync(ChannelIds.MsTeams, null, CancellationToken.None);
        Assert.Equal("tenant-1", byTenant?.TenantId);
        Assert.Equal("tenant-1", byChannel?.TenantId);
        Assert.True(byTenant?.ServiceUrlVerified);
    }

    private static ConversationReferenceStore CreateStore() =>
        new(new MemoryStorage(TimeProvider.System), TimeProvider.System);

    private static Activity CreateActivity(string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = ChannelIds.MsTeams,
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount("29:user-1", "Dana Testperson", RoleTypes.User),
        Recipient = new ChannelAccount("28:bot", "HelpBot", RoleTypes.Bot),
        Conversation = new ConversationAccount("a:conversation-1") { ConversationType = "personal", TenantId = "tenant-1" },
        ChannelData = JsonDocument.Parse("""{"tenant":{"id":"tenant-1"}}""").RootElement.Clone(),
    };
}
