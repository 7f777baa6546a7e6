using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class TicketStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Create_NewTicket_AssignsIdAndETag()
    {
        var store = CreateStore();

        var ticket = await store.CreateAsync(CreateTicket("user-1"));

        Assert.StartsWith("HB-", ticket.Id, StringComparison.Ordinal);
        Assert.NotNull(ticket.ETag);
    }

    [Fact]
    public async Task Create_SameIdTwice_Throws()
    {
        var store = CreateStore();
        var first = await store.CreateAsync(CreateTicket("user-1"));

        var duplicate = CreateTicket("user-1");
        duplicate.Id = first.Id;

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(duplicate));
    }

    [Fact]
    public async Task ListByOwner_TwoOwners_ReturnsOwnNewestFirst()
    {
        var store = CreateStore();
        var older = await store.CreateAsync(CreateTicket("user-1", Now.AddDays(-2)));
        var newer = await store.CreateAsync(CreateTicket("user-1", Now));
        await store.CreateAsync(CreateTicket("user-2"));

        var tickets = await store.ListByOwnerAsync("test", "user-1");

        Assert.Equal([newer.Id, older.Id], tickets.Select(t => t.Id));
    }

    [Fact]
    public async Task ListByOwner_NoTickets_ReturnsEmpty()
    {
        Assert.Empty(await CreateStore().ListByOwnerAsync("test", "nobody"));
    }

    [Fact]
    public async Task Update_CurrentETag_StoresChange()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket("user-1"));
        ticket.SetStatus(TicketStatus.Reported, Now);

        await store.UpdateAsync(ticket);

        Assert.Equal(TicketStatus.Reported, (await store.GetAsync(ticket.Id))!.Status);
    }

    [Fact]
    public async Task Update_StaleETag_Throws()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket("user-1"));
        var stale = (await store.GetAsync(ticket.Id))!;
        await store.UpdateAsync(ticket);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateAsync(stale));
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        Assert.Null(await CreateStore().GetAsync("HB-000000000000"));
    }

    private static TicketStore CreateStore() => new(new MemoryStorage(), NullLogger<TicketStore>.Instance);

    private static Ticket CreateTicket(string ownerId, DateTimeOffset? createdAt = null)
    {
        var ticket = new Ticket { System = "peak", OwnerId = ownerId, ChannelId = "test", CreatedAt = createdAt ?? Now };
        ticket.SetStatus(TicketStatus.Drafted, ticket.CreatedAt);
        return ticket;
    }
}
