using System.Text;
using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>The promised time frame and the PEAK reply time kept by <see cref="TicketStore"/> over each storage.</summary>
public sealed class TicketStoreTimeFrameTests : IDisposable
{
    private static readonly DateTimeOffset s_calledAt = new(2026, 9, 4, 15, 0, 0, TimeSpan.FromHours(-6));

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"helpbot-timeframe-{Guid.NewGuid():N}.db");

    public static TheoryData<string> Storages => new("memory", "sqlite");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Create_TicketWithTimeFrame_ReadsItBack(string storage)
    {
        var backing = CreateStorage(storage);
        var ticket = CreateTicket(SupportSystems.ConnectForHealth);
        new CallLog(s_calledAt, "00012345", TimeFrame.BusinessDays(2)).ApplyTo(ticket);

        await CreateStore(backing).CreateAsync(ticket);
        var stored = (await CreateStore(backing).GetAsync(ticket.Id))!;

        Assert.Equal(TimeFrame.BusinessDays(2), stored.PromisedTimeFrame);
        Assert.Equal(s_calledAt.AddDays(4), stored.PromisedUpdateBy);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Update_PeakReply_ReadsItBack(string storage)
    {
        var backing = CreateStorage(storage);
        var ticket = await CreateStore(backing).CreateAsync(CreateTicket(SupportSystems.Peak));
        new CallDetailsUpdate(TimeFrame: TimeFrame.Hours(48), RepliedAt: s_calledAt).ApplyTo(ticket, s_calledAt.AddHours(1));

        await CreateStore(backing).UpdateAsync(ticket);
        var stored = (await CreateStore(backing).GetAsync(ticket.Id))!;

        Assert.Equal(TimeFrame.Hours(48), stored.PromisedTimeFrame);
        Assert.Equal(s_calledAt, stored.RepliedAt);
        Assert.Equal(s_calledAt.AddHours(48), stored.PromisedUpdateBy);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Get_TicketStoredWithoutTimeFrame_LoadsPromisedTime(string storage)
    {
        var backing = CreateStorage(storage);
        const string id = "HB-0000000000AB";
        const string json = """
            {"id":"HB-0000000000AB","system":"connect-for-health","ownerId":"user-1","channelId":"test","createdAt":"2026-09-04T14:00:00-06:00",
             "calledAt":"2026-09-04T15:00:00-06:00","promisedUpdateBy":"2026-09-07T15:00:00-06:00","status":"reported","history":[]}
            """;
        await backing.WriteAsync(new Dictionary<string, StoreItem> { [TicketKeys.Ticket(id)] = new(Encoding.UTF8.GetBytes(json), null) }, CancellationToken.None);

        var stored = (await CreateStore(backing).GetAsync(id))!;

        Assert.Null(stored.PromisedTimeFrame);
        Assert.Null(stored.RepliedAt);
        Assert.Equal(s_calledAt.AddDays(3), stored.PromisedUpdateBy);
    }

    private IStorage CreateStorage(string kind) =>
        kind == "sqlite" ? new SqliteStorage(new SqliteDatabase(_path), TimeProvider.System) : new MemoryStorage();

    private static TicketStore CreateStore(IStorage storage) => new(storage, NullLogger<TicketStore>.Instance);

    private static Ticket CreateTicket(string system)
    {
        var ticket = new Ticket { System = system, OwnerId = "user-1", ChannelId = "test", CreatedAt = s_calledAt.AddHours(-1) };
        ticket.SetStatus(TicketStatus.Drafted, ticket.CreatedAt);
        return ticket;
    }
}
