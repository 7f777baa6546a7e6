using HelpBot.Bot.Proactive;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;

namespace HelpBot.Bot.Tests.Proactive;

public sealed class UserConversationIndexTests
{
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
}
