using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.FollowUp;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Tests.FollowUp;

public sealed class SupervisorDirectoryTests
{
    private readonly MemoryStorage _storage = new();

    [Theory]
    [InlineData("msteams", "lead-1", true)]
    [InlineData("msteams", "someone", false)]
    [InlineData("directline", "lead-1", false)] // same id, other channel
    public async Task IsSupervisor_Configured_ReturnsExpected(string channelId, string userId, bool expected)
    {
        Assert.Equal(expected, await CreateDirectory().IsSupervisorAsync(channelId, userId, CancellationToken.None));
    }

    [Theory]
    [InlineData("msteams", "admin-1", true)]
    [InlineData("msteams", "lead-1", false)]
    [InlineData("", "admin-1", false)]
    public void IsAdmin_Configured_ReturnsExpected(string channelId, string userId, bool expected)
    {
        Assert.Equal(expected, CreateDirectory().IsAdmin(channelId, userId));
    }

    [Fact]
    public async Task Add_ByAdmin_MakesSupervisorForNewInstance()
    {
        await CreateDirectory().AddAsync(new TicketActor("msteams", "admin-1", null), "lead-2", CancellationToken.None);

        Assert.True(await CreateDirectory().IsSupervisorAsync("msteams", "lead-2", CancellationToken.None));
    }

    [Fact]
    public async Task Add_Twice_ReturnsFalse()
    {
        var directory = CreateDirectory();
        var admin = new TicketActor("msteams", "admin-1", null);
        await directory.AddAsync(admin, "lead-2", CancellationToken.None);

        Assert.False(await directory.AddAsync(admin, "lead-2", CancellationToken.None));
        Assert.False(await directory.AddAsync(admin, "lead-1", CancellationToken.None));
    }

    [Fact]
    public async Task Add_ByNonAdmin_Throws()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            CreateDirectory().AddAsync(new TicketActor("msteams", "lead-1", null), "lead-2", CancellationToken.None));
    }

    [Fact]
    public async Task List_AfterRemember_CarriesConversation()
    {
        var directory = CreateDirectory();
        await directory.RememberConversationAsync(new TicketActor("msteams", "lead-1", "conv-9"), CancellationToken.None);
        await directory.AddAsync(new TicketActor("msteams", "admin-1", null), "lead-2", CancellationToken.None);

        var supervisors = await directory.ListAsync("msteams", CancellationToken.None);

        Assert.Equal([new TicketActor("msteams", "lead-1", "conv-9"), new TicketActor("msteams", "lead-2", null)], supervisors);
    }

    [Fact]
    public async Task List_OtherChannel_Empty()
    {
        Assert.Empty(await CreateDirectory().ListAsync("directline", CancellationToken.None));
    }

    private SupervisorDirectory CreateDirectory()
    {
        var options = new FollowUpOptions
        {
            Supervisors = [new ChannelUser { ChannelId = "msteams", UserId = "lead-1" }],
            Admins = [new ChannelUser { ChannelId = "msteams", UserId = "admin-1" }],
        };
        return new SupervisorDirectory(_storage, Options.Create(options), NullLogger<SupervisorDirectory>.Instance);
    }
}
