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

        var changed = new CallDetailsUpdate("00012345", s_calledAt, s_calledAt.AddDays(3)).ApplyTo(ticket, s_now);

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

        var changed = new CallDetailsUpdate("00012345", s_calledAt, s_calledAt.AddDays(3)).ApplyTo(ticket, s_now);

        Assert.Empty(changed);
        Assert.Equal(history, ticket.History.Count);
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
        new CallLog(s_calledAt, "00012345", TimeSpan.FromDays(3)).ApplyTo(ticket);
        return ticket;
    }
}
