using HelpBot.Cards.Builders;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Domain.Content;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Tests.Builders.Tickets;

/// <summary>Every follow-up card builder in realistic and hostile variants, with fake tickets only.</summary>
internal static class TicketCardCases
{
    public static readonly DateTimeOffset Now = new(2026, 3, 20, 17, 0, 0, TimeSpan.Zero);

    private static readonly string[] EscalationChain = ["Team Lead", "Supervisor", "Manager", "Director"];

    public static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    public static readonly string[] Names =
    [
        "myTicketsEmpty", "myTicketsMixed", "myTicketsMany", "ticketPeakDrafted", "ticketConnectDrafted", "ticketConnectOverdue",
        "ticketUrgent", "ticketWithDraft", "ticketInjectionDraft", "ticketCallDetailsDraft", "ticketInjectionCallDetails", "ticketPeakReply", "ticketInjectionReplyDetails", "digest", "digestEmpty", "digestInjection",
    ];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    public static StepCard Build(string name)
    {
        var content = Content();
        return name switch
        {
            "myTicketsEmpty" => MyTicketsCard.Build([], content, Now),
            "myTicketsMixed" => MyTicketsCard.Build(Mixed(), content, Now),
            "myTicketsMany" => MyTicketsCard.Build([.. Enumerable.Range(1, 14).Select(i => Ticket($"HB-{i:D12}", SupportSystems.Peak, TicketStatus.Reported, Now.AddDays(-i)))], content, Now),
            "ticketPeakDrafted" => TicketUpdateCard.Build(Ticket("HB-00000000000A", SupportSystems.Peak, TicketStatus.Drafted, Now.AddDays(-1)), content, Now, Denver),
            "ticketConnectDrafted" => TicketUpdateCard.Build(Ticket("HB-00000000000F", SupportSystems.ConnectForHealth, TicketStatus.Drafted, Now.AddHours(-2)), content, Now, Denver),
            "ticketConnectOverdue" => TicketUpdateCard.Build(Overdue(), content, Now, Denver),
            "ticketUrgent" => TicketUpdateCard.Build(Urgent(), content, Now, Denver),
            "ticketWithDraft" => TicketUpdateCard.Build(Overdue(), content, Now, Denver, "0001-23"),
            "ticketInjectionDraft" => TicketUpdateCard.Build(Overdue(), content, Now, Denver, CardCases.UserText("injection")),
            "ticketCallDetailsDraft" => TicketUpdateCard.Build(Overdue(), content, Now, Denver, callDetailsDraft: new CallDetailsDraft("today 2:30 pm", "0001-23", "3 business days")),
            "ticketInjectionCallDetails" => TicketUpdateCard.Build(Overdue(), content, Now, Denver,
                callDetailsDraft: new CallDetailsDraft(CardCases.UserText("injection"), null, CardCases.UserText("injection"))),
            "ticketPeakReply" => TicketUpdateCard.Build(PeakReplied(), content, Now, Denver),
            "ticketInjectionReplyDetails" => TicketUpdateCard.Build(PeakReplied(), content, Now, Denver,
                callDetailsDraft: new CallDetailsDraft(null, null, CardCases.UserText("injection"), CardCases.UserText("injection"))),
            "digest" => DigestCard.Build(Digest(Mixed(), "benefit-information"), content, Denver, Now, new Uri("http://127.0.0.1:3978/digests/abc.csv")),
            "digestEmpty" => DigestCard.Build(Digest([], null), content, Denver, Now, null),
            "digestInjection" => DigestCard.Build(Digest(Mixed(), CardCases.UserText("injection")), content, Denver, Now, new Uri("http://127.0.0.1:3978/digests/abc.csv")),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown ticket card case."),
        };
    }

    /// <summary>The fake content with the Service Center's portal note and escalation chain, as in the desk aid.</summary>
    public static DeskAidContent Content()
    {
        var content = FakeContent.Create();
        content.ServiceCenter.StatusCheck = new() { Id = "customer-portal", Text = "The customer can check the ticket in their customer portal." };
        content.ServiceCenter.Escalation = [.. EscalationChain.Select(step => new TextFact { Id = step, Text = step })];
        return content;
    }

    public static Ticket Ticket(string id, string system, string status, DateTimeOffset createdAt)
    {
        var ticket = new Ticket { Id = id, System = system, OwnerId = "user-1", ChannelId = "test", CreatedAt = createdAt };
        ticket.SetStatus(status, createdAt);
        return ticket;
    }

    /// <summary>A PEAK ticket whose help desk reply gave a number and promised 2 business days.</summary>
    public static Ticket PeakReplied()
    {
        var ticket = Ticket("HB-00000000000C", SupportSystems.Peak, TicketStatus.Acknowledged, Now.AddDays(-2));
        ticket.IncidentNumber = "HDT-4521";
        ticket.RepliedAt = Now.AddDays(-1);
        ticket.PromisedTimeFrame = TimeFrame.BusinessDays(2);
        ticket.PromisedUpdateBy = TimeFrame.BusinessDays(2).EndFrom(Now.AddDays(-1));
        return ticket;
    }

    public static Ticket Overdue()
    {
        var ticket = Ticket("HB-00000000000B", SupportSystems.ConnectForHealth, TicketStatus.Acknowledged, Now.AddDays(-5));
        ticket.IncidentNumber = "00012345";
        ticket.CalledAt = Now.AddDays(-3);
        ticket.PromisedUpdateBy = Now.AddDays(-2);
        return ticket;
    }

    public static Ticket Urgent()
    {
        var ticket = Ticket("HB-00000000000C", SupportSystems.Peak, TicketStatus.Reported, Now.AddHours(-3));
        ticket.Urgency = TicketUrgency.MedicallyUrgent;
        return ticket;
    }

    public static List<Ticket> Mixed() =>
    [
        Ticket("HB-00000000000A", SupportSystems.Peak, TicketStatus.Drafted, Now.AddDays(-1)),
        Overdue(),
        Urgent(),
        Ticket("HB-00000000000D", SupportSystems.Peak, TicketStatus.Resolved, Now.AddDays(-20)),
        Ticket("HB-00000000000E", SupportSystems.ConnectForHealth, TicketStatus.Closed, Now.AddDays(-25)),
    ];

    private static TicketDigest Digest(List<Ticket> tickets, string? page)
    {
        var open = tickets.Where(t => !TicketTexts.IsClosed(t)).ToList();
        var overdue = open.Where(t => TicketTexts.IsOverdue(t, Now)).ToList();
        var bySystem = tickets.GroupBy(t => t.System).ToDictionary(g => g.Key, g => g.Count());
        var byPage = tickets.Count == 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { [page ?? "unknown"] = tickets.Count };
        var byError = tickets.Count == 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { ["login"] = 2, ["unknown"] = tickets.Count - 2 };
        return new TicketDigest(Now.AddDays(-30), Now, tickets.Count, open, overdue, bySystem, byPage, byError);
    }
}
