using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.Tests.Tickets;

public sealed class CallDetailsUpdateTests
{
    private static readonly DateTimeOffset s_created = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(-6));
    private static readonly DateTimeOffset s_calledAt = s_created.AddHours(1);
    private static readonly DateTimeOffset s_now = s_created.AddDays(1);

    [Fact]
    public void ApplyTo_DraftedTicket_AcknowledgesWithHistory()
    {
        var ticket = CreateDrafted();

        var changed = new CallDetailsUpdate("00012345", s_calledAt, TimeFrame.Days(3)).ApplyTo(ticket, s_now);

        Assert.Equal(["incident number", "call time", "time frame"], changed);
        Assert.Equal("00012345", ticket.IncidentNumber);
        Assert.Equal(s_calledAt, ticket.CalledAt);
        Assert.Equal(s_calledAt.AddDays(3), ticket.PromisedUpdateBy);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Equal(new TicketStatusChange(TicketStatus.Acknowledged, s_now, "incident number, call time, time frame"), ticket.History[^1]);
        Assert.Equal(2, ticket.History.Count);
    }

    [Fact]
    public void ApplyTo_CallTimeOnly_MarksReported()
    {
        var ticket = CreateDrafted();

        new CallDetailsUpdate(CalledAt: s_calledAt).ApplyTo(ticket, s_now);

        Assert.Equal(TicketStatus.Reported, ticket.Status);
        Assert.Null(ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_CorrectedCallTime_MovesPromisedTime()
    {
        var ticket = CreateLogged();

        var changed = new CallDetailsUpdate(CalledAt: s_calledAt.AddHours(2)).ApplyTo(ticket, s_now);

        Assert.Equal(["call time", "time frame"], changed);
        Assert.Equal(s_calledAt.AddDays(3).AddHours(2), ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_NoTimeFrame_RemovesPromisedTime()
    {
        var ticket = CreateLogged();

        var changed = new CallDetailsUpdate(NoTimeFrame: true).ApplyTo(ticket, s_now);

        Assert.Equal(["time frame"], changed);
        Assert.Null(ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_StatusKept_AddsDetailEntryUnderStatus()
    {
        var ticket = CreateLogged();

        new CallDetailsUpdate(IncidentNumber: "00099999").ApplyTo(ticket, s_now);

        Assert.Equal(new TicketStatusChange(TicketStatus.Acknowledged, s_now, "incident number"), ticket.History[^1]);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
    }

    [Fact]
    public void ApplyTo_SameValues_ChangesNothing()
    {
        var ticket = CreateLogged();
        var history = ticket.History.Count;

        var changed = new CallDetailsUpdate("00012345", s_calledAt, TimeFrame.Days(3)).ApplyTo(ticket, s_now);

        Assert.Empty(changed);
        Assert.Equal(history, ticket.History.Count);
    }

    [Fact]
    public void ApplyTo_CallMovedToFriday_EndsOnWeekday()
    {
        var monday = new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.FromHours(-6));
        var ticket = CreateDrafted();
        new CallLog(monday, "00012345", TimeFrame.BusinessDays(2)).ApplyTo(ticket);
        Assert.Equal(monday.AddDays(2), ticket.PromisedUpdateBy);

        var friday = monday.AddDays(-3).AddHours(6);
        var changed = new CallDetailsUpdate(CalledAt: friday).ApplyTo(ticket, s_now);

        Assert.Equal(["call time", "time frame"], changed);
        Assert.Equal(new DateTimeOffset(2026, 9, 8, 15, 0, 0, TimeSpan.FromHours(-6)), ticket.PromisedUpdateBy);
        Assert.Equal(DayOfWeek.Tuesday, ticket.PromisedUpdateBy!.Value.DayOfWeek);
        Assert.Equal(TimeFrame.BusinessDays(2), ticket.PromisedTimeFrame);
    }

    [Fact]
    public void ApplyTo_CallMovedToSaturday_SkipsWeekend()
    {
        var ticket = CreateDrafted();
        new CallLog(s_calledAt, "00012345", TimeFrame.BusinessDays(1)).ApplyTo(ticket);

        // Tuesday 10:00 corrected to Saturday 11:00: one business day later is Monday, not Sunday.
        new CallDetailsUpdate(CalledAt: new DateTimeOffset(2026, 9, 5, 11, 0, 0, TimeSpan.FromHours(-6))).ApplyTo(ticket, s_now);

        Assert.Equal(new DateTimeOffset(2026, 9, 7, 11, 0, 0, TimeSpan.FromHours(-6)), ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_CallMovedWithHours_MovesExactly()
    {
        var ticket = CreateDrafted();
        new CallLog(s_calledAt, "00012345", TimeFrame.Hours(48)).ApplyTo(ticket);
        var corrected = s_calledAt.AddDays(3).AddMinutes(150);

        new CallDetailsUpdate(CalledAt: corrected).ApplyTo(ticket, s_now);

        Assert.Equal(corrected.AddHours(48), ticket.PromisedUpdateBy);
        Assert.Equal(ticket.PromisedUpdateBy - ticket.CalledAt, TimeSpan.FromHours(48));
    }

    [Fact]
    public void ApplyTo_NewTimeFrame_CountsFromCall()
    {
        var ticket = CreateLogged();

        var changed = new CallDetailsUpdate(TimeFrame: TimeFrame.BusinessDays(4)).ApplyTo(ticket, s_now);

        // Tuesday 10:00 plus 4 business days is the Monday after.
        Assert.Equal(["time frame"], changed);
        Assert.Equal(s_calledAt.AddDays(6), ticket.PromisedUpdateBy);
        Assert.Equal(TimeFrame.BusinessDays(4), ticket.PromisedTimeFrame);
    }

    [Fact]
    public void ApplyTo_TicketWithoutFrame_MovesBySpan()
    {
        var ticket = CreateDrafted();
        ticket.CalledAt = s_calledAt;
        ticket.PromisedUpdateBy = s_calledAt.AddDays(3);

        var changed = new CallDetailsUpdate(CalledAt: s_calledAt.AddDays(1)).ApplyTo(ticket, s_now);

        Assert.Equal(["call time", "time frame"], changed);
        Assert.Equal(s_calledAt.AddDays(4), ticket.PromisedUpdateBy);
        Assert.Null(ticket.PromisedTimeFrame);
    }

    [Fact]
    public void ApplyTo_NoTimeFrame_RemovesFrame()
    {
        var ticket = CreateLogged();

        new CallDetailsUpdate(NoTimeFrame: true).ApplyTo(ticket, s_now);

        Assert.Null(ticket.PromisedTimeFrame);
    }

    [Fact]
    public void ApplyTo_PeakReply_CountsFromReply()
    {
        var ticket = CreateDrafted();
        ticket.System = SupportSystems.Peak;
        var friday = new DateTimeOffset(2026, 9, 4, 14, 0, 0, TimeSpan.FromHours(-6));

        var changed = new CallDetailsUpdate(TimeFrame: TimeFrame.BusinessDays(2), RepliedAt: friday).ApplyTo(ticket, s_now);

        Assert.Equal(["reply time", "time frame"], changed);
        Assert.Equal(friday.AddDays(4), ticket.PromisedUpdateBy);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Null(ticket.CalledAt);
    }

    [Fact]
    public void ApplyTo_PeakReplyCorrected_CountsAgain()
    {
        var ticket = CreateDrafted();
        ticket.System = SupportSystems.Peak;
        var thursday = new DateTimeOffset(2026, 9, 3, 14, 0, 0, TimeSpan.FromHours(-6));
        new CallDetailsUpdate(TimeFrame: TimeFrame.BusinessDays(1), RepliedAt: thursday).ApplyTo(ticket, s_now);

        new CallDetailsUpdate(RepliedAt: thursday.AddDays(1)).ApplyTo(ticket, s_now);

        Assert.Equal(thursday.AddDays(4), ticket.PromisedUpdateBy);
    }

    private static Ticket CreateDrafted()
    {
        var ticket = new Ticket { Id = "HB-0000000000AA", System = SupportSystems.ConnectForHealth, OwnerId = "u1", ChannelId = "test", CreatedAt = s_created };
        ticket.SetStatus(TicketStatus.Drafted, s_created);
        return ticket;
    }

    private static Ticket CreateLogged()
    {
        var ticket = CreateDrafted();
        new CallLog(s_calledAt, "00012345", TimeFrame.Days(3)).ApplyTo(ticket);
        return ticket;
    }
}
