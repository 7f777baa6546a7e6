using System.Text.Json;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Bot.Proactive;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;

namespace HelpBot.Bot.Tests.Proactive;

public sealed class ConversationReferenceStoreTests
{
    [Fact]
    public async Task SaveIfChangedAsync_SameReferenceTwice_WritesOnce()
    {
        var store = CreateStore(out _);

        var first = await store.SaveIfChangedAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);
        var second = await store.SaveIfChangedAsync(CreateActivity("activity-2"), serviceUrlVerified: true, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task SaveIfChangedAsync_NewServiceUrl_Writes()
    {
        var store = CreateStore(out _);
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
        var store = CreateStore(out _);
        await store.SaveIfChangedAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);
        await store.DeleteAsync(CreateActivity("activity-2"), CancellationToken.None);

        var written = await store.SaveIfChangedAsync(CreateActivity("activity-3"), serviceUrlVerified: true, CancellationToken.None);

        Assert.True(written);
    }

    [Fact]
    public async Task SaveAsync_PersonalConversation_KeepsTenantReference()
    {
        var store = CreateStore(out _);

        await store.SaveAsync(CreateActivity("activity-1"), serviceUrlVerified: true, CancellationToken.None);

        var byTenant = await store.GetTenantReferenceAsync(ChannelIds.MsTeams, "tenant-1", CancellationToken.None);
        var byChannel = await store.GetTenantReferenceAsync(ChannelIds.MsTeams, null, CancellationToken.None);
        Assert.Equal("tenant-1", byTenant?.TenantId);
        Assert.Equal("tenant-1", byChannel?.TenantId);
        Assert.True(byTenant?.ServiceUrlVerified);
    }

    [Fact]
    public async Task RecordAsync_SameConversationTwice_WritesOnce()
    {
        var index = new UserConversationIndex(new MemoryStorage(TimeProvider.System), TimeProvider.System);

        var first = await index.RecordAsync(ChannelIds.WebChat, "dl_user-1", "conversation-1", CancellationToken.None);
        var second = await index.RecordAsync(ChannelIds.WebChat, "dl_user-1", "conversation-1", CancellationToken.None);
        var changed = await index.RecordAsync(ChannelIds.WebChat, "dl_user-1", "conversation-2", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.True(changed);
        Assert.Equal("conversation-2", await index.FindAsync(ChannelIds.WebChat, "dl_user-1", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_NewProcess_ReadsStoredRecord()
    {
        var storage = new MemoryStorage(TimeProvider.System);
        await new UserConversationIndex(storage, TimeProvider.System).RecordAsync(ChannelIds.MsTeams, "29:user-1", "a:conversation-1", CancellationToken.None);

        var found = await new UserConversationIndex(storage, TimeProvider.System).FindAsync(ChannelIds.MsTeams, "29:user-1", CancellationToken.None);

        Assert.Equal("a:conversation-1", found);
    }

    private static ConversationReferenceStore CreateStore(out IStorage storage)
    {
        storage = new MemoryStorage(TimeProvider.System);
        return new ConversationReferenceStore(storage, TimeProvider.System);
    }

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
