using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.FollowUp;

public sealed class TicketScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 2, 17, 0, 0, TimeSpan.Zero);

    private readonly MemoryStorage _storage = new(new FakeTimeProvider(Now));

    [Fact]
    public async Task Create_NewTicket_IsDueAtOnce()
    {
        var store = CreateStore();

        var ticket = await store.CreateAsync(CreateTicket(Now));

        Assert.Equal([ticket.Id], await store.ListDueAsync(Now));
    }

    [Fact]
    public async Task TryUpdate_FutureReminder_NotDueBeforeIt()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket(Now));
        ticket.NextReminderAt = Now.AddDays(1);

        Assert.True(await store.TryUpdateAsync(ticket));

        Assert.Empty(await store.ListDueAsync(Now.AddDays(1).AddTicks(-1)));
        Assert.Equal([ticket.Id], await store.ListDueAsync(Now.AddDays(1)));
    }

    [Fact]
    public async Task TryUpdate_StaleETag_ReturnsFalseAndWritesNothing()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket(Now));
        var stale = (await store.GetAsync(ticket.Id))!;
        ticket.NextReminderAt = Now.AddDays(1);
        await store.TryUpdateAsync(ticket);
        stale.NextReminderAt = Now.AddDays(9);

        var written = await store.TryUpdateAsync(stale);

        Assert.False(written);
        Assert.Equal(Now.AddDays(1), (await store.GetAsync(ticket.Id))!.NextReminderAt);
        Assert.Equal([ticket.Id], await store.ListDueAsync(Now.AddDays(1)));
    }

    [Theory]
    [InlineData(TicketStatus.Resolved)]
    [InlineData(TicketStatus.Closed)]
    public async Task TryUpdate_ClosedTicket_LeavesSchedule(string status)
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket(Now));
        ticket.SetStatus(status, Now);

        await store.TryUpdateAsync(ticket);

        Assert.Empty(await store.ListDueAsync(Now.AddYears(1)));
        Assert.Empty(await store.ListScheduledAsync());
    }

    [Fact]
    public async Task TryUpdate_ClosedWithPendingNotice_StaysUntilRetry()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket(Now));
        ticket.SetStatus(TicketStatus.Resolved, Now);
        ticket.PendingNotices.Add(new PendingNotice("ownerNotice", "test", "u1", null, 1, Now.AddMinutes(15), "acknowledged"));

        await store.TryUpdateAsync(ticket);

        Assert.Equal([ticket.Id], await store.ListDueAsync(Now.AddMinutes(15)));
    }

    [Fact]
    public async Task Update_StaleETag_Throws()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket(Now));
        var stale = (await store.GetAsync(ticket.Id))!;
        await store.UpdateAsync(ticket);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateAsync(stale));
    }

    [Fact]
    public async Task ListCreated_AcrossMonths_ReturnsPeriodOldestFirst()
    {
        var store = CreateStore();
        var january = await store.CreateAsync(CreateTicket(Now.AddDays(-20)));
        var february = await store.CreateAsync(CreateTicket(Now));
        await store.CreateAsync(CreateTicket(Now.AddMonths(2)));

        var tickets = await store.ListCreatedAsync(Now.AddDays(-30), Now.AddDays(1));

        Assert.Equal([january.Id, february.Id], tickets.Select(t => t.Id));
    }

    [Fact]
    public async Task ListCreated_EmptyPeriod_ReturnsEmpty()
    {
        var store = CreateStore();
        await store.CreateAsync(CreateTicket(Now));

        Assert.Empty(await store.ListCreatedAsync(Now, Now));
    }

    [Fact]
    public async Task RemoveFromSchedule_Entry_NoLongerDue()
    {
        var store = CreateStore();
        var ticket = await store.CreateAsync(CreateTicket(Now));

        await store.RemoveFromScheduleAsync(ticket.Id);

        Assert.Empty(await store.ListDueAsync(Now));
    }

    [Fact]
    public async Task Create_Concurrently_KeepsEveryScheduleEntry()
    {
        var store = CreateStore();

        var tickets = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.CreateAsync(CreateTicket(Now, $"u{i}")))));

        Assert.Equal(tickets.Select(t => t.Id).Order(), (await store.ListDueAsync(Now)).Order());
    }

    [Fact]
    public async Task GetAsync_ExistingTicket_ReadsNewFields()
    {
        var store = CreateStore();
        var ticket = CreateTicket(Now);
        ticket.Notes.Add(new TicketNote("s1", Now, "Called back."));
        ticket.TimeZone = "America/Denver";

        var created = await store.CreateAsync(ticket);
        var read = await store.GetAsync(created.Id);

        Assert.Equal("Called back.", Assert.Single(read!.Notes).Text);
        Assert.Equal("America/Denver", read.TimeZone);
    }

    private TicketStore CreateStore() => new(_storage, NullLogger<TicketStore>.Instance);

    private static Ticket CreateTicket(DateTimeOffset createdAt, string owner = "u1")
    {
        var ticket = new Ticket { System = "peak", OwnerId = owner, ChannelId = "test", CreatedAt = createdAt };
        ticket.SetStatus(TicketStatus.Drafted, createdAt);
        return ticket;
    }
}
