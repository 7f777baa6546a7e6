using System.Text.Json;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.Tests.Tickets;

public sealed class CallLogTests
{
    private static readonly DateTimeOffset s_calledAt = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void ApplyTo_WithIncidentNumber_AcknowledgesTicket()
    {
        var ticket = CreateTicket();

        new CallLog(s_calledAt, "INC-0001", TimeFrame.Days(3), "Alex").ApplyTo(ticket);

        Assert.Equal("INC-0001", ticket.IncidentNumber);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Equal(s_calledAt.AddDays(3), ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_BusinessDaysFromFriday_KeepsTimeFrameEndsMonday()
    {
        var ticket = CreateTicket();
        var friday = new DateTimeOffset(2026, 9, 4, 15, 0, 0, TimeSpan.FromHours(-6));

        new CallLog(friday, "INC-0001", TimeFrame.BusinessDays(1)).ApplyTo(ticket);

        Assert.Equal(TimeFrame.BusinessDays(1), ticket.PromisedTimeFrame);
        Assert.Equal(friday.AddDays(3), ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_WithoutIncidentNumber_MarksReported()
    {
        var ticket = CreateTicket();

        new CallLog(s_calledAt, null, null).ApplyTo(ticket);

        Assert.Equal(TicketStatus.Reported, ticket.Status);
        Assert.Null(ticket.PromisedUpdateBy);
    }

    [Fact]
    public void ApplyTo_Call_AppendsStatusHistory()
    {
        var ticket = CreateTicket();

        new CallLog(s_calledAt, "INC-0001", null).ApplyTo(ticket);

        Assert.Equal([TicketStatus.Drafted, TicketStatus.Acknowledged], ticket.History.Select(change => change.Status));
    }

    [Fact]
    public void ApplyTo_RepresentativeName_NeverReachesTicket()
    {
        var ticket = CreateTicket();

        new CallLog(s_calledAt, "INC-0001", TimeFrame.Days(3), "Alex").ApplyTo(ticket);

        var json = JsonSerializer.Serialize(ticket, DomainJsonContext.Default.Ticket);
        Assert.DoesNotContain("Alex", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticket_SerializedRoundTrip_KeepsMetadata()
    {
        var ticket = CreateTicket();

        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(ticket, DomainJsonContext.Default.Ticket), DomainJsonContext.Default.Ticket)!;

        Assert.Equal(ticket.OwnerId, copy.OwnerId);
        Assert.Equal(ticket.History.Count, copy.History.Count);
    }

    private static Ticket CreateTicket()
    {
        var ticket = new Ticket
        {
            Id = "ticket-1",
            System = SupportSystems.ConnectForHealth,
            OwnerId = "user-1",
            ChannelId = "directline",
            CreatedAt = s_calledAt.AddMinutes(-30),
            ErrorCategory = "account-access",
        };
        ticket.SetStatus(TicketStatus.Drafted, ticket.CreatedAt);
        return ticket;
    }
}
