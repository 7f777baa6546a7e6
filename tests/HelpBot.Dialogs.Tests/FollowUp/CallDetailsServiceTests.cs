using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>Call details added to a ticket after it was created: the checks, the history and the next reminder.</summary>
public sealed class CallDetailsServiceTests : IAsyncDisposable
{
    private readonly FollowUpHost _host;

    public CallDetailsServiceTests()
    {
        var time = new FakeTimeProvider(Monday10);
        _host = new FollowUpHost(new MemoryStorage(time), time, new RecordingProactiveSender());
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task SetCallDetails_TimeFrameAddedLater_RemindsWhenItEnds()
    {
        var ticket = await CreateCallNotYetLoggedAsync();
        Assert.Equal(Monday10.AddDays(3), ticket.NextReminderAt); // the no-time-frame default: 3 working days
        _host.AdvanceTo(Monday10.AddHours(2));

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id,
            new CallDetailsUpdate("00012345", Monday10.AddHours(1), TimeFrame.Days(1)), CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Equal(Monday10.AddDays(1).AddHours(1), result.Ticket!.NextReminderAt);
        Assert.Equal(TicketStatus.Acknowledged, result.Ticket.Status);
        Assert.Equal("incident number, call time, time frame", result.Ticket.History[^1].Detail);

        _host.AdvanceTo(Monday10.AddDays(1).AddHours(1));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        var (_, reminder) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
        Assert.Contains("Next step: Team Lead", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetCallDetails_NoTimeFrame_WaitsDefaultDays()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(1));

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id, new CallDetailsUpdate(NoTimeFrame: true), CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Null(result.Ticket!.PromisedUpdateBy);
        Assert.Equal(Monday10.AddDays(3), result.Ticket.NextReminderAt);
    }

    public static TheoryData<string, TicketChangeOutcome> Updates => new()
    {
        { "future call", TicketChangeOutcome.Invalid },
        { "reply time on a call ticket", TicketChangeOutcome.Invalid },
        { "time frame without call", TicketChangeOutcome.Invalid },
        { "bad number", TicketChangeOutcome.Invalid },
        { "empty", TicketChangeOutcome.Invalid },
        { "same number", TicketChangeOutcome.Unchanged },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public async Task SetCallDetails_Update_ReturnsOutcome(string name, TicketChangeOutcome expected)
    {
        var ticket = await CreateCallNotYetLoggedAsync();
        await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, "00012345", CancellationToken.None);
        var update = name switch
        {
            "future call" => new CallDetailsUpdate(CalledAt: Monday10.AddMinutes(5)),
            "reply time on a call ticket" => new CallDetailsUpdate(TimeFrame: TimeFrame.Days(1), RepliedAt: Monday10.AddHours(-1)),
            "time frame without call" => new CallDetailsUpdate(TimeFrame: TimeFrame.Days(1)),
            "bad number" => new CallDetailsUpdate("078-05-1120"),
            "empty" => new CallDetailsUpdate(),
            _ => new CallDetailsUpdate("00012345"),
        };

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id, update, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Null((await _host.Tickets.GetAsync(ticket.Id))!.CalledAt);
    }

    [Fact]
    public async Task SetCallDetails_PeakCallTime_Invalid()
    {
        var ticket = await _host.CreatePeakAsync();

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id, new CallDetailsUpdate(CalledAt: Monday10.AddHours(-1)), CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task SetCallDetails_PeakReplyTimeFrame_RemindsWhenItEnds()
    {
        var ticket = await _host.CreatePeakAsync();
        var update = new CallDetailsUpdate("HDT-4521", TimeFrame: TimeFrame.Hours(4), RepliedAt: Monday10.AddHours(-1));

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id, update, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Equal(Monday10.AddHours(3), result.Ticket!.PromisedUpdateBy);
        Assert.Equal(Monday10.AddHours(3), result.Ticket.NextReminderAt);
        Assert.Equal("incident number, reply time, time frame", result.Ticket.History[^1].Detail);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SetCallDetails_PeakTimeFrameWithoutOrFutureReply_Invalid(bool futureReply)
    {
        var ticket = await _host.CreatePeakAsync();
        var update = new CallDetailsUpdate(TimeFrame: TimeFrame.Days(1), RepliedAt: futureReply ? Monday10.AddMinutes(5) : null);

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id, update, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Invalid, result.Outcome);
        Assert.Null((await _host.Tickets.GetAsync(ticket.Id))!.PromisedUpdateBy);
    }

    [Fact]
    public async Task SetCallDetails_PeakNumber_Acknowledges()
    {
        var ticket = await _host.CreatePeakAsync();

        var result = await _host.FollowUp.SetCallDetailsAsync(OwnerActor, ticket.Id, new CallDetailsUpdate("HDT-4521"), CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Equal(TicketStatus.Acknowledged, result.Ticket!.Status);
        Assert.Equal("HDT-4521", (await _host.Tickets.GetAsync(ticket.Id))!.IncidentNumber);
    }

    [Fact]
    public async Task SetCallDetails_Stranger_NotAllowed()
    {
        var ticket = await CreateCallNotYetLoggedAsync();

        var result = await _host.FollowUp.SetCallDetailsAsync(new TicketActor(Channel, "stranger", null), ticket.Id,
            new CallDetailsUpdate(CalledAt: Monday10.AddHours(-1)), CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.NotAllowed, result.Outcome);
    }

    [Fact]
    public async Task SetIncidentNumber_Changed_RecordsHistory()
    {
        var ticket = await CreateCallNotYetLoggedAsync();

        var result = await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, "00012345", CancellationToken.None);

        Assert.Equal(new TicketStatusChange(TicketStatus.Acknowledged, Monday10, "incident number"), result.Ticket!.History[^1]);
    }

    private async Task<Ticket> CreateCallNotYetLoggedAsync()
    {
        var ticket = new Ticket
        {
            System = SupportSystems.ConnectForHealth,
            OwnerId = Owner,
            ChannelId = Channel,
            ConversationId = OwnerConversation,
            CreatedAt = Monday10,
        };
        ticket.SetStatus(TicketStatus.Drafted, Monday10);
        var created = await _host.Tickets.CreateAsync(ticket);
        await _host.FollowUp.OnTicketCreatedAsync(created, CancellationToken.None);
        return (await _host.Tickets.GetAsync(created.Id))!;
    }
}
