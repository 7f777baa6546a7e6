using System.Text.Json;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Tests.Builders;
using HelpBot.Cards.Tests.Validation;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Tests.FollowUp;

public sealed class FollowUpCardTests
{
    private static readonly DateTimeOffset Created = new(2026, 2, 2, 17, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    public static TheoryData<string> Cards => ["reminder-connect", "reminder-peak-urgent", "escalation-overdue", "escalation-urgent", "notice-acknowledged", "notice-tookOver", "notice-noteAdded", "notice-updated"];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_Card_MatchesSchema(string name)
    {
        var errors = CardSchemaValidator.Validate(CardJson.Serialize(Build(name)));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_Card_KeepsNumbersAsWritten(string name)
    {
        Assert.Empty(MarkdownNumbering.FindRenumbered(CardJson.Serialize(Build(name))));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_Card_IsVersion15(string name)
    {
        Assert.Equal("1.5", CardJson.Serialize(Build(name)).GetProperty("version").GetString());
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_Card_SubmitsCarryNoPromptId(string name)
    {
        var submits = CardJson.Submits(CardJson.Serialize(Build(name)));

        Assert.NotEmpty(submits);
        Assert.All(submits, submit => Assert.False(submit.GetProperty("data").TryGetProperty("promptId", out _)));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_Card_TicketSubmitsCarryTicketId(string name)
    {
        var submits = CardJson.Submits(CardJson.Serialize(Build(name)))
            .Where(s => s.GetProperty("data").GetProperty("action").GetString() != FollowUpActions.ListTickets);

        Assert.All(submits, submit => Assert.Equal("HB-0000000000AA", submit.GetProperty("data").GetProperty(FollowUpKeys.TicketId).GetString()));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_Card_InputsHaveLabelsAndErrors(string name)
    {
        var inputs = CardJson.Inputs(CardJson.Serialize(Build(name)));

        Assert.All(inputs, input => Assert.False(string.IsNullOrWhiteSpace(CardJson.String(input, "label"))));
        Assert.All(inputs, input => Assert.False(string.IsNullOrWhiteSpace(CardJson.String(input, "errorMessage"))));
    }

    [Fact]
    public void ReminderCard_ConnectTicket_HasActionsAndStep()
    {
        var card = Build("reminder-connect");
        var json = CardJson.Serialize(card);

        // A Service Center ticket gets the ticket card's call-details action, which also takes the number.
        Assert.Equal(
            [FollowUpActions.RecordUpdate, FollowUpActions.SetCallDetails, FollowUpActions.Resolve, FollowUpActions.MarkUrgent],
            Actions(json));
        Assert.Contains("\"title\":\"Correct the call details\"", json.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Next step: Team Lead", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("customer portal", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("00012345", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("3 days", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void ReminderCard_UrgentTicket_HasNoMarkUrgent()
    {
        Assert.DoesNotContain(FollowUpActions.MarkUrgent, Actions(CardJson.Serialize(Build("reminder-peak-urgent"))));
    }

    [Fact]
    public void EscalationCard_Overdue_HasSupervisorActions()
    {
        var card = Build("escalation-overdue");

        Assert.Equal([FollowUpActions.Acknowledge, FollowUpActions.AddNote, FollowUpActions.TakeOver], Actions(CardJson.Serialize(card)));
        Assert.Contains("promised update time has passed", card.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "after 1 reminder.")]
    [InlineData(2, "after 2 reminders.")]
    public void EscalationCard_Overdue_CountsRemindersInWords(int reminders, string expected)
    {
        var ticket = CreateTicket(SupportSystems.ConnectForHealth);
        ticket.RemindersSent = reminders;

        var card = EscalationCard.Build(ticket, EscalationReasons.Overdue, EscalationLadder.ServiceCenter[1], Created.AddDays(3), Denver);

        Assert.Contains(expected, card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void ReminderCard_SameDay_SaysOpenedToday()
    {
        var card = ReminderCard.Build(CreateTicket(SupportSystems.ConnectForHealth), EscalationLadder.ServiceCenter[0], Created.AddHours(2), Denver);

        Assert.Contains("opened today", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("hours", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void ReminderCard_ThreeDays_SaysDaysOld()
    {
        Assert.Contains("3 days old", Build("reminder-connect").PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SupportSystems.Peak, "Service Center")]
    [InlineData(SupportSystems.ConnectForHealth, "help desk")]
    public void TicketCards_EachSystem_NameOnlyItsChannel(string system, string otherChannel)
    {
        var ticket = CreateTicket(system, urgent: true);
        var now = Created.AddDays(3);
        var step = EscalationLadder.NextStep(ticket);

        StepCard[] cards =
        [
            ReminderCard.Build(ticket, step, now, Denver),
            EscalationCard.Build(ticket, EscalationReasons.Urgent, step, now, Denver),
            TicketUpdateCard.Build(ticket, FakeContent.Create(), now, Denver),
        ];

        foreach (var card in cards)
        {
            Assert.DoesNotContain(otherChannel, AdaptiveCardAttachment.ToJson(card.Card), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(otherChannel, card.PlainText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void EscalationCard_Urgent_SaysWhy()
    {
        Assert.Contains("medically urgent", Build("escalation-urgent").PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnerNoticeCard_NoteWithMarkdown_IsEscaped()
    {
        var ticket = CreateTicket(SupportSystems.ConnectForHealth);
        ticket.Notes.Add(new TicketNote("s1", Created, "**bold** [link](https://example.org)"));

        var card = CardJson.Serialize(OwnerNoticeCard.Build(ticket, OwnerNoticeKinds.NoteAdded, Created.AddDays(1), Denver));

        var texts = CardJson.TypedObjects(card).Where(item => CardJson.Type(item) == "TextBlock").Select(item => CardJson.String(item, "text")).ToList();
        Assert.Contains(texts, text => text!.Contains("bold", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text!.Contains("[link](", StringComparison.Ordinal));
    }

    public static TheoryData<string> ListCards => ["list-reminders", "list-escalations"];

    [Theory]
    [MemberData(nameof(ListCards))]
    public void ListCard_Build_MatchesSchema(string name)
    {
        var errors = CardSchemaValidator.Validate(CardJson.Serialize(BuildList(name)));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [MemberData(nameof(ListCards))]
    public void ListCard_Build_IsVersion15WithoutSubmits(string name)
    {
        var json = CardJson.Serialize(BuildList(name));

        Assert.Equal("1.5", json.GetProperty("version").GetString());
        Assert.Empty(CardJson.Submits(json));
    }

    [Fact]
    public void ListCard_Reminders_NamesEachTicketAndStep()
    {
        var card = BuildList("list-reminders");

        Assert.StartsWith("No update yet on 2 tickets", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("HB-0000000000AA: Connect for Health Colorado, next step: Team Lead", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("HB-0000000000BB: PEAK, next step:", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void ListCard_Escalations_NamesEachReason()
    {
        var card = BuildList("list-escalations");

        Assert.StartsWith("2 tickets need a supervisor", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("HB-0000000000AA: Connect for Health Colorado, overdue", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("HB-0000000000BB: PEAK, marked medically urgent", card.PlainText, StringComparison.Ordinal);
    }

    // A grouped message carries the list card and up to ten ticket cards; Teams rejects messages over about 100 KB.
    [Fact]
    public void ReminderCards_TenWithList_StayUnder80KB()
    {
        var ticket = CreateTicket(SupportSystems.ConnectForHealth);
        var step = EscalationLadder.ServiceCenter[0];
        var cards = Enumerable.Repeat(ReminderCard.Build(ticket, step, Created.AddDays(3), Denver), 10).ToList();
        cards.Add(FollowUpListCard.Reminders([.. Enumerable.Repeat((ticket, step), 10)]));

        var characters = cards.Sum(card => AdaptiveCardAttachment.ToJson(card.Card).Length + card.PlainText.Length);

        Assert.True(characters < 80 * 1024, $"Ten reminder cards and the list take {characters} characters.");
    }

    private static StepCard BuildList(string name)
    {
        var connect = CreateTicket(SupportSystems.ConnectForHealth);
        var peak = CreateTicket(SupportSystems.Peak, urgent: true);
        peak.Id = "HB-0000000000BB";
        return name switch
        {
            "list-reminders" => FollowUpListCard.Reminders([(connect, EscalationLadder.ServiceCenter[0]), (peak, EscalationLadder.CbmsHelpDesk[^1])]),
            "list-escalations" => FollowUpListCard.Escalations([(connect, EscalationReasons.Overdue), (peak, EscalationReasons.Urgent)]),
            _ => throw new ArgumentException($"Unknown card case '{name}'.", nameof(name)),
        };
    }

    private static List<string?> Actions(JsonElement card) =>
        [.. CardJson.TypedObjects(card)
            .Where(item => CardJson.Type(item) is "Action.Submit")
            .Select(item => item.GetProperty("data").GetProperty("action").GetString())];

    private static StepCard Build(string name)
    {
        var now = Created.AddDays(3);
        return name switch
        {
            "reminder-connect" => ReminderCard.Build(CreateTicket(SupportSystems.ConnectForHealth), EscalationLadder.ServiceCenter[0], now, Denver),
            "reminder-peak-urgent" => ReminderCard.Build(CreateTicket(SupportSystems.Peak, urgent: true), EscalationLadder.CbmsHelpDesk[^1], now, Denver),
            "escalation-overdue" => EscalationCard.Build(CreateTicket(SupportSystems.ConnectForHealth), EscalationReasons.Overdue, EscalationLadder.ServiceCenter[1], now, Denver),
            "escalation-urgent" => EscalationCard.Build(CreateTicket(SupportSystems.Peak, urgent: true), EscalationReasons.Urgent, EscalationLadder.CbmsHelpDesk[^1], now, Denver),
            "notice-acknowledged" => OwnerNoticeCard.Build(CreateTicket(SupportSystems.Peak), OwnerNoticeKinds.Acknowledged, now, Denver),
            "notice-tookOver" => OwnerNoticeCard.Build(CreateTicket(SupportSystems.Peak), OwnerNoticeKinds.TookOver, now, Denver),
            "notice-noteAdded" => OwnerNoticeCard.Build(CreateTicket(SupportSystems.Peak, note: true), OwnerNoticeKinds.NoteAdded, now, Denver),
            "notice-updated" => OwnerNoticeCard.Build(CreateTicket(SupportSystems.Peak), OwnerNoticeKinds.Updated, now, Denver),
            _ => throw new ArgumentException($"Unknown card case '{name}'.", nameof(name)),
        };
    }

    private static Ticket CreateTicket(string system, bool urgent = false, bool note = false)
    {
        var ticket = new Ticket
        {
            Id = "HB-0000000000AA",
            System = system,
            OwnerId = "u1",
            ChannelId = "msteams",
            CreatedAt = Created,
            Urgency = urgent ? TicketUrgency.MedicallyUrgent : TicketUrgency.Normal,
            PageCategory = "benefit-information",
            ErrorCategory = "error-message",
            RemindersSent = 1,
        };
        ticket.SetStatus(TicketStatus.Drafted, Created);
        if (system == SupportSystems.ConnectForHealth)
        {
            new CallLog(Created, "00012345", TimeFrame.Days(3)).ApplyTo(ticket);
        }

        if (note)
        {
            ticket.Notes.Add(new TicketNote("s1", Created, "Called the Service Center back; waiting for the Team Lead."));
        }

        return ticket;
    }
}
