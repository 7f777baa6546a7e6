using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

public sealed class FollowUpServiceTests : IAsyncDisposable
{
    private readonly FollowUpHost _host;

    public FollowUpServiceTests()
    {
        var time = new FakeTimeProvider(Monday10);
        _host = new FollowUpHost(new MemoryStorage(time), time, new RecordingProactiveSender());
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task SendDue_BeforeTimeFrameEnds_SendsNothing()
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3).AddMinutes(-1));

        var sent = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(0, sent);
        Assert.Empty(_host.Sender.Delivered);
    }

    [Fact]
    public async Task SendDue_DayFourOfCall_RemindsOwnerWithTeamLead()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));

        var sent = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        var (address, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(new ProactiveAddress(Channel, Owner, OwnerConversation), address);
        Assert.Equal(FollowUpSteps.Reminder, activity.Step());
        Assert.Contains("Next step: Team Lead", activity.Text, StringComparison.Ordinal);
        Assert.Contains(ticket.Id, activity.CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_SameTimeTwice_SendsOnce()
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        var second = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(0, second);
        Assert.Single(_host.Sender.Delivered);
    }

    [Fact]
    public async Task SendDue_StillOpenNextInterval_EscalatesToSupervisor()
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        _host.Sender.Clear();
        _host.AdvanceTo(Monday10.AddDays(4));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var (address, activity) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Escalation));
        Assert.Equal(Supervisor, address.UserId);
        Assert.Contains("Acknowledge", activity.Text, StringComparison.Ordinal);
        Assert.Empty(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder)); // the first reminder is still open
    }

    [Fact]
    public async Task SendDue_OwnerRecordedUpdate_DoesNotEscalate()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, TicketStatus.Escalated, CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(4));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Empty(_host.Sender.Delivered.WithStep(FollowUpSteps.Escalation));
    }

    [Fact]
    public async Task OnTicketCreated_UrgentPeakAtNight_PromptsSupervisorAtOnce()
    {
        _host.AdvanceTo(Monday10.AddDays(5).AddHours(13)); // Saturday 23:00

        await _host.CreatePeakAsync(urgent: true);

        var (address, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(Supervisor, address.UserId);
        Assert.Equal(FollowUpSteps.Escalation, activity.Step());
        Assert.Contains("medically urgent", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkUrgent_OpenTicket_PromptsSupervisorAtOnce()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.MarkUrgentAsync(OwnerActor, ticket.Id, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Escalation));
    }

    [Fact]
    public async Task MarkUrgent_Twice_Unchanged()
    {
        var ticket = await _host.CreatePeakAsync(urgent: true);

        var result = await _host.FollowUp.MarkUrgentAsync(OwnerActor, ticket.Id, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Unchanged, result.Outcome);
        Assert.Single(_host.Sender.Delivered);
    }

    [Fact]
    public async Task Acknowledge_Supervisor_TellsOwner()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.AcknowledgeAsync(SupervisorActor, ticket.Id, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        Assert.Equal(Supervisor, result.Ticket!.SupervisorId);
        var (address, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(new ProactiveAddress(Channel, Owner, OwnerConversation), address);
        Assert.Equal(FollowUpSteps.OwnerNotice, activity.Step());
        Assert.Contains("acknowledged", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordStatus_SupervisorResolves_TellsOwner()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.RecordStatusAsync(SupervisorActor, ticket.Id, TicketStatus.Resolved, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Changed, result.Outcome);
        var (address, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(new ProactiveAddress(Channel, Owner, OwnerConversation), address);
        Assert.Equal(FollowUpSteps.OwnerNotice, activity.Step());
        Assert.Contains("resolved", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordStatus_OwnerResolves_SendsNoNotice()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, TicketStatus.Resolved, CancellationToken.None);

        Assert.Empty(_host.Sender.Delivered);
    }

    [Fact]
    public async Task Acknowledge_Twice_Unchanged()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        await _host.FollowUp.AcknowledgeAsync(SupervisorActor, ticket.Id, CancellationToken.None);

        var result = await _host.FollowUp.AcknowledgeAsync(SupervisorActor, ticket.Id, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Unchanged, result.Outcome);
        Assert.Single(_host.Sender.Delivered);
    }

    [Fact]
    public async Task TakeOver_Supervisor_MovesRemindersToSupervisor()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        await _host.FollowUp.TakeOverAsync(SupervisorActor, ticket.Id, CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(3));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var (address, _) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
        Assert.Equal(new ProactiveAddress(Channel, Supervisor, SupervisorActor.ConversationId), address);
        var notice = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.OwnerNotice));
        Assert.Equal(Owner, notice.Address.UserId);
    }

    [Fact]
    public async Task OwnerChange_FromNewConversation_NoticesFollowOwner()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        var reloaded = OwnerActor with { ConversationId = "conversation-after-reload" };

        await _host.FollowUp.MarkUrgentAsync(reloaded, ticket.Id, CancellationToken.None);
        await _host.FollowUp.TakeOverAsync(SupervisorActor, ticket.Id, CancellationToken.None);

        var notice = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.OwnerNotice));
        Assert.Equal(new ProactiveAddress(Channel, Owner, reloaded.ConversationId), notice.Address);
    }

    [Fact]
    public async Task OwnerChange_FromNewConversation_MovesWaitingNotices()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        var stored = await _host.Tickets.GetAsync(ticket.Id, CancellationToken.None);
        stored!.PendingNotices.Add(new PendingNotice(NoticeKinds.OwnerNotice, Channel, Owner, OwnerConversation, 1, Monday10, OwnerNoticeKinds.NoteAdded));
        Assert.True(await _host.Tickets.TryUpdateAsync(stored, CancellationToken.None));
        var reloaded = OwnerActor with { ConversationId = "conversation-after-reload" };

        await _host.FollowUp.SetIncidentNumberAsync(reloaded, ticket.Id, "00099999", CancellationToken.None);

        var changed = await _host.Tickets.GetAsync(ticket.Id, CancellationToken.None);
        Assert.Equal(reloaded.ConversationId, changed!.ConversationId);
        Assert.All(changed.PendingNotices, waiting => Assert.Equal(reloaded.ConversationId, waiting.ConversationId));
        Assert.All(_host.Sender.Delivered, delivered => Assert.Equal(reloaded.ConversationId, delivered.Address.ConversationId));
    }

    [Fact]
    public async Task SupervisorChange_FromOwnConversation_KeepsOwnerConversation()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        await _host.FollowUp.AddNoteAsync(SupervisorActor, ticket.Id, "Called the Service Center", CancellationToken.None);

        var changed = await _host.Tickets.GetAsync(ticket.Id, CancellationToken.None);
        Assert.Equal(OwnerConversation, changed!.ConversationId);
    }

    public static TheoryData<string, string> Strangers => new()
    {
        { FollowUpHost.Channel, "stranger" },
        { "directline", Owner }, // the owner's id on another channel is another user
    };

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Changes_NeitherOwnerNorSupervisor_NotAllowed(string channelId, string userId)
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        var stranger = new TicketActor(channelId, userId, null);

        var results = new[]
        {
            await _host.FollowUp.RecordStatusAsync(stranger, ticket.Id, TicketStatus.Resolved, CancellationToken.None),
            await _host.FollowUp.SetIncidentNumberAsync(stranger, ticket.Id, "00099999", CancellationToken.None),
            await _host.FollowUp.MarkUrgentAsync(stranger, ticket.Id, CancellationToken.None),
            await _host.FollowUp.AcknowledgeAsync(stranger, ticket.Id, CancellationToken.None),
            await _host.FollowUp.AddNoteAsync(stranger, ticket.Id, "A note", CancellationToken.None),
            await _host.FollowUp.TakeOverAsync(stranger, ticket.Id, CancellationToken.None),
        };

        Assert.All(results, result => Assert.Equal(TicketChangeOutcome.NotAllowed, result.Outcome));
        Assert.Empty(_host.Sender.Delivered);
    }

    [Fact]
    public async Task Acknowledge_Owner_NotAllowed()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.AcknowledgeAsync(OwnerActor, ticket.Id, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.NotAllowed, result.Outcome);
    }

    [Fact]
    public async Task RecordStatus_UnknownTicket_NotFound()
    {
        var result = await _host.FollowUp.RecordStatusAsync(OwnerActor, "HB-NOPE", TicketStatus.Resolved, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.NotFound, result.Outcome);
        Assert.Null(result.Ticket);
    }

    [Theory]
    [InlineData(TicketStatus.Drafted, TicketChangeOutcome.Invalid)]
    [InlineData("lost", TicketChangeOutcome.Invalid)]
    [InlineData("", TicketChangeOutcome.Invalid)]
    [InlineData(TicketStatus.Acknowledged, TicketChangeOutcome.Unchanged)] // a call with an incident number starts acknowledged
    [InlineData(TicketStatus.Resolved, TicketChangeOutcome.Changed)]
    public async Task RecordStatus_Status_ReturnsOutcome(string status, TicketChangeOutcome expected)
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, status, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public async Task RecordStatus_Resolved_StopsReminders()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, TicketStatus.Resolved, CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(10));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Empty(_host.Sender.Delivered);
        Assert.Empty(await _host.Tickets.ListDueAsync(Monday10.AddYears(1)));
    }

    [Fact]
    public async Task RecordStatus_PeakEmailSent_WaitsReplyWindow()
    {
        var ticket = await _host.CreatePeakAsync();

        var result = await _host.FollowUp.RecordStatusAsync(OwnerActor, ticket.Id, TicketStatus.Reported, CancellationToken.None);

        Assert.Equal(Monday10.AddDays(2), result.Ticket!.NextReminderAt);
    }

    [Theory]
    [InlineData("00012399", TicketChangeOutcome.Changed)]
    [InlineData("HDT-4521", TicketChangeOutcome.Changed)]
    [InlineData("00012345", TicketChangeOutcome.Unchanged)]
    [InlineData("", TicketChangeOutcome.Invalid)]
    [InlineData("ABCDEF", TicketChangeOutcome.Invalid)] // no digit
    [InlineData("12", TicketChangeOutcome.Invalid)] // too short
    [InlineData("123-45-6789", TicketChangeOutcome.Invalid)] // a Social Security number
    [InlineData("Dana Testperson 1", TicketChangeOutcome.Invalid)]
    public async Task SetIncidentNumber_Value_ReturnsOutcome(string number, TicketChangeOutcome expected)
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, number, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public async Task SetIncidentNumber_DraftedPeak_AcknowledgesTicket()
    {
        var ticket = await _host.CreatePeakAsync();

        var result = await _host.FollowUp.SetIncidentNumberAsync(OwnerActor, ticket.Id, "HDT-4521", CancellationToken.None);

        Assert.Equal(TicketStatus.Acknowledged, result.Ticket!.Status);
        Assert.Equal("HDT-4521", (await _host.Tickets.GetAsync(ticket.Id))!.IncidentNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddNote_Empty_Invalid(string note)
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.AddNoteAsync(SupervisorActor, ticket.Id, note, CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task AddNote_SsnShapedNumber_StoredAsPlaceholder()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        await _host.FollowUp.AddNoteAsync(SupervisorActor, ticket.Id, "Waiting on 000-00-0000 review.", CancellationToken.None);

        var note = Assert.Single((await _host.Tickets.GetAsync(ticket.Id))!.Notes);
        Assert.DoesNotContain("000-00-0000", note.Text, StringComparison.Ordinal);
        Assert.Contains("[SSN]", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNote_TooLong_Invalid()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        var result = await _host.FollowUp.AddNoteAsync(SupervisorActor, ticket.Id, new string('a', EscalationCard.MaxNoteLength + 1), CancellationToken.None);

        Assert.Equal(TicketChangeOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task AddNote_Supervisor_KeepsNoteAndTellsOwner()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));

        await _host.FollowUp.AddNoteAsync(SupervisorActor, ticket.Id, "Called the Service Center back.", CancellationToken.None);

        var stored = await _host.Tickets.GetAsync(ticket.Id);
        var note = Assert.Single(stored!.Notes);
        Assert.Equal("Called the Service Center back.", note.Text);
        Assert.Equal(Supervisor, note.AuthorId);
        Assert.Contains("Called the Service Center back.", Assert.Single(_host.Sender.Delivered).Activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProactiveDelivery.Failed)]
    [InlineData(ProactiveDelivery.NoAddress)]
    public async Task SendDue_DeliveryFails_RetriesLaterOnce(ProactiveDelivery failure)
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.AdvanceTo(Monday10.AddDays(3));
        _host.Sender.Result = _ => failure;
        var first = await _host.FollowUp.SendDueAsync(CancellationToken.None);
        _host.Sender.Result = _ => ProactiveDelivery.Sent;

        var tooEarly = await _host.FollowUp.SendDueAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(15));
        var retried = await _host.FollowUp.SendDueAsync(CancellationToken.None);
        var again = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(0, first);
        Assert.Equal(0, tooEarly);
        Assert.Equal(1, retried);
        Assert.Equal(0, again);
        Assert.Contains("Next step: Team Lead", Assert.Single(_host.Sender.Delivered).Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_OwnerUnreachable_TellsOwnerLater()
    {
        var ticket = await _host.CreateCallAsync(TimeFrame.Days(3));
        _host.Sender.Result = address => address.UserId == Owner ? ProactiveDelivery.NoAddress : ProactiveDelivery.Sent;
        await _host.FollowUp.AcknowledgeAsync(SupervisorActor, ticket.Id, CancellationToken.None);
        _host.Sender.Result = _ => ProactiveDelivery.Sent;
        _host.Time.Advance(TimeSpan.FromMinutes(15));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.OwnerNotice));
    }

    [Fact]
    public async Task CreateDigest_CreatedTickets_CountsMatch()
    {
        await _host.CreateCallAsync(TimeFrame.Days(3));
        await _host.CreatePeakAsync();
        var resolved = await _host.CreatePeakAsync(urgent: true);
        await _host.FollowUp.RecordStatusAsync(OwnerActor, resolved.Id, TicketStatus.Resolved, CancellationToken.None);
        _host.AdvanceTo(Monday10.AddDays(5));

        var digest = await _host.FollowUp.CreateDigestAsync(Monday10.AddDays(-1), Monday10.AddDays(5), CancellationToken.None);

        Assert.Equal(3, digest.Created);
        Assert.Equal(2, digest.BySystem["peak"]);
        Assert.Equal(1, digest.BySystem["connect-for-health"]);
        Assert.Equal(3, digest.ByPage["benefit-information"]);
        Assert.Equal(2, digest.Open.Count);
        Assert.Single(digest.Overdue);
    }
}
