using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>
/// When reminders go out: the wait of a ticket without a time frame, one open reminder per ticket
/// while supervisors are still prompted, and no reminder during a turn of the owner's conversation.
/// </summary>
public sealed class FollowUpTimingTests : IAsyncDisposable
{
    private readonly FollowUpHost _host;

    public FollowUpTimingTests()
    {
        var time = new FakeTimeProvider(Monday10);
        _host = new FollowUpHost(new MemoryStorage(time), time, new RecordingProactiveSender());
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task IncidentNumber_CallWithoutTimeFrame_WaitsNoTimeFrameDays()
    {
        var ticket = await CreateCallNotYetLoggedAsync();
        _host.AdvanceTo(Monday10.AddDays(1));

        var result = await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, "00012399", CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Equal(TicketStatus.Acknowledged, result.Ticket!.Status);
        Assert.Equal(Monday10.AddDays(4), result.Ticket.NextReminderAt); // Friday, 3 working days after Tuesday
    }

    [Fact]
    public async Task IncidentNumber_CallWithoutTimeFrame_NoReminderNextDay()
    {
        var ticket = await CreateCallNotYetLoggedAsync();
        await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, "00012399", CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(1));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Empty(_host.Sender.Delivered);
    }

    [Fact]
    public async Task Reminder_CallWithoutTimeFrame_DoesNotClaimTimeFramePassed()
    {
        var ticket = await CreateCallNotYetLoggedAsync();
        await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, "00012399", CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(3));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var (_, reminder) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
        Assert.Contains("Next step: Team Lead", reminder.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("time frame passed", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("no time frame was given", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordStatus_CallMadeWithoutTimeFrame_WaitsNoTimeFrameDays()
    {
        var ticket = await CreateCallNotYetLoggedAsync();

        var result = await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, TicketStatus.Reported, CancellationToken.None);

        Assert.Equal(Monday10.AddDays(3), result.Ticket!.NextReminderAt);
    }

    [Fact]
    public async Task SendDue_IdleOwnerManyIntervals_OneReminderPerTicket()
    {
        for (var i = 0; i < 3; i++)
        {
            await _host.CreateCallAsync(TimeFrame.Days(3));
        }

        for (var day = 3; day <= 14; day++)
        {
            _host.AdvanceTo(Monday10.AddDays(day));
            await _host.FollowUp.SendDueAsync(CancellationToken.None);
        }

        // The three tickets fall due together, so their one reminder each and their prompts share a message.
        var (_, reminder) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
        Assert.Equal(4, reminder.Attachments!.Count);
        var (_, escalation) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Escalation));
        Assert.Equal(4, escalation.Attachments!.Count);
    }

    [Fact]
    public async Task SendDue_SecondIntervalUnanswered_EscalatesWithoutSecondReminder()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(4));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
        Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Escalation));
        var stored = await _host.Tickets.GetAsync(ticket.Id);
        Assert.Equal(2, stored!.RemindersSent);
        Assert.Equal(TicketStatus.Escalated, stored.Status);
    }

    [Fact]
    public async Task SendDue_AfterOwnerListedTickets_RemindsAgain()
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var closed = await _host.FollowUp.MarkRemindersSeenAsync(OwnerActor, CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(4));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(1, closed);
        var reminders = _host.Sender.Delivered.WithStep(FollowUpSteps.Reminder);
        Assert.Equal(2, reminders.Count);
        Assert.Contains("Next step: Supervisor", reminders[1].Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_OwnerConversationInTurn_WaitsForNextScan()
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));

        using (var lease = await _host.ConversationLock.AcquireAsync(Channel, OwnerConversation, CancellationToken.None))
        {
            await _host.FollowUp.SendDueAsync(CancellationToken.None);
            Assert.Empty(_host.Sender.Delivered);
        }

        _host.AdvanceTo(Monday10.AddDays(3).AddMinutes(1));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
    }

    [Fact]
    public async Task OnTicketCreated_LateCall_ReminderWaitsForWorker()
    {
        // The promised hour is over when the call is logged, so the reminder is due at once.
        _host.AdvanceTo(Monday10.AddHours(2));
        var ticket = new Ticket
        {
            System = Domain.Systems.SupportSystems.ConnectForHealth,
            OwnerId = Owner,
            ChannelId = Channel,
            ConversationId = OwnerConversation,
            CreatedAt = _host.Time.GetUtcNow(),
        };
        ticket.SetStatus(TicketStatus.Drafted, ticket.CreatedAt);
        new CallLog(Monday10, "00012345", TimeFrame.Hours(1)).ApplyTo(ticket);
        var created = await _host.Tickets.CreateAsync(ticket);

        await _host.FollowUp.OnTicketCreatedAsync(created, CancellationToken.None);
        Assert.Empty(_host.Sender.Delivered);

        _host.AdvanceTo(Monday10.AddHours(2).AddMinutes(1));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
    }

    [Theory]
    [InlineData(TicketStatus.Closed, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed)]
    public async Task RecordStatus_FinishedTicket_IsRejected(string finished, string requested)
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, finished, CancellationToken.None);

        var result = await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, requested, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Finished, result.Outcome);
        Assert.Equal(finished, (await _host.Tickets.GetAsync(ticket.Id))!.Status);
    }

    [Fact]
    public async Task MarkUrgent_ClosedTicket_IsRejected()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, TicketStatus.Closed, CancellationToken.None);

        var result = await _host.FollowUp.MarkUrgentAsync(OwnerActor, ticket.Id, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Finished, result.Outcome);
        Assert.Empty(_host.Sender.Delivered);
    }

    // A Connect for Health Colorado ticket whose call the user has not logged ("not yet"): drafted, no number, no time frame.
    private async Task<Ticket> CreateCallNotYetLoggedAsync()
    {
        var ticket = new Ticket
        {
            System = Domain.Systems.SupportSystems.ConnectForHealth,
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
