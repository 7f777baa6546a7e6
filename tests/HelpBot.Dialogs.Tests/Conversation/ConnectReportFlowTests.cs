using System.Text;
using System.Text.Json;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class ConnectReportFlowTests
{
    private const string Description =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 2pm. Tried Chrome and Edge.";

    private const string CallLog = "When: today 9:00 pm\nIncident: 00012345\nTime frame: 3 business days\nRepresentative: Sam Example";

    [Fact]
    public async Task ConnectReview_KeepOne_UsesCallWording()
    {
        const string WithSsn =
            "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
            "https://connectforhealthco.com/login-portal/ today at 2pm. Tried Chrome and Edge. The client's SSN is 219-09-9999.";
        await ConversationFlow.Create().Onboard()
            .Send(WithSsn)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll")
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.DoesNotContain("e-mail", card, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("encrypted", card, StringComparison.Ordinal);
                Assert.DoesNotContain("encrypt", reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("screenshot", card, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("checklist", card, StringComparison.Ordinal);
                Assert.Contains("Keep all", card, StringComparison.Ordinal);
            })
            .Send("keep 1")
            .AssertReplySatisfies(reply =>
            {
                Assert.DoesNotContain("e-mail", reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("encrypt", reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("checklist", reply.Text, StringComparison.Ordinal);
            })
            .AssertSays(ConversationSteps.Checklist, reply =>
            {
                Assert.Contains("Personal information shown for the call: SSN", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Personal information shown for the call: SSN", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2026-03-14T22:00:00Z", "The Service Center is closed now. It opens Monday at 8:00 AM Mountain Time.")]
    [InlineData("2026-03-10T21:00:00Z", null)]
    public async Task Checklist_OutsideHours_NotesOpening(string utc, string? note)
    {
        // Saturday 4 pm and Tuesday 3 pm in Denver, both after the "today at 2pm" of the description.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };

        await AnswerUntilChecklist(ConversationFlow.Create(time: time, adapter: adapter))
            .AssertSays(ConversationSteps.Checklist, reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.Equal(note is not null, reply.Text!.Contains("The Service Center is closed now.", StringComparison.Ordinal));
                Assert.Equal(note is not null, card.Contains("The Service Center is closed now.", StringComparison.Ordinal));
                if (note is not null)
                {
                    Assert.Contains(note, reply.Text, StringComparison.Ordinal);
                }
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task MyTickets_DuringPeakReport_MarksNoReportSystem()
    {
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };

        await AnswerUntilChecklist(ConversationFlow.Create(new MemoryStorage(), adapter: adapter))
            .AssertSays(ConversationSteps.Checklist)
            .AssertAsks(ConversationPrompts.LogCall)
            .Send(CallLog)
            .AssertSays(ConversationSteps.TicketLogged)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("PEAK shows an error on https://peak.my.site.com/peak/s/income when I save the income page")
            .AssertReplySatisfies(reply => Assert.Equal("peak", reply.GetMarker()?.System))
            .Send("my tickets")
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal(ConversationSteps.Tickets, reply.GetMarker()?.Step);
                Assert.Null(reply.GetMarker()?.System);
                Assert.Null(reply.GetMarker()?.Kind);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectReport_WholeFlow_SendsChecklistAndStoresTicketWithoutNamesOrText()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };
        string? summary = null;

        await AnswerUntilChecklist(ConversationFlow.Create(storage, adapter: adapter))
            .AssertSays(ConversationSteps.Checklist, reply =>
            {
                Assert.Contains("1-855-752-6749", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Windows 11", reply.Text, StringComparison.Ordinal);
                Assert.Equal("connect-for-health", reply.GetMarker()!.System);
            })
            .AssertAsks(ConversationPrompts.LogCall)
            .Send(CallLog)
            .AssertSays(ConversationSteps.TicketLogged, reply => summary = reply.Text)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("cancel")
            .AssertReply(HelpBot.Dialogs.Conversation.HelpBotDialogHooks.NothingToCancelMessage)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("help topics")
            .AssertReplySatisfies(reply => Assert.Null(reply.GetMarker()?.System))
            .StartTestAsync();

        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(await ReadConversationStateAsync(storage))!["report"]);

        Assert.Contains("Write the representative's name in your own notes: I did not keep it.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Example", summary, StringComparison.Ordinal);
        Assert.Contains("order of escalation is Team Lead, then Supervisor, then Manager, then Director", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("1. Team Lead", summary, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*\d+\.\s", summary);
        var ticket = Assert.Single(await new TicketStore(storage, NullLogger<TicketStore>.Instance).ListByOwnerAsync(adapter.ChannelId, adapter.User.Id!));
        Assert.Equal("connect-for-health", ticket.System);
        Assert.Equal("00012345", ticket.IncidentNumber);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.NotNull(ticket.PromisedUpdateBy);

        var stored = await storage.ReadAsync([TicketKeys.Ticket(ticket.Id)], CancellationToken.None);
        var json = Encoding.UTF8.GetString(stored.Values.Single().Json.Span);
        Assert.DoesNotContain("Sam", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ERR-77", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Windows", json, StringComparison.Ordinal);
        Assert.DoesNotContain("enroll", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectReport_CallNotYet_StoresTicketWaitingForCall()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };
        string? reply = null;

        await ConversationFlow.Create(storage, adapter: adapter).Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll").AssertAsks(ConversationPrompts.LogCall)
            .Send("not yet")
            .AssertSays(ConversationSteps.TicketLogged, message => reply = message.Text)
            .AssertAsks(ConversationPrompts.Menu)
            .Send("my tickets")
            .AssertSays(ConversationSteps.Tickets, message =>
            {
                Assert.Contains("Connect for Health Colorado", message.Text, StringComparison.Ordinal);
                Assert.Contains(TicketStatus.Drafted, message.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var ticket = Assert.Single(await new TicketStore(storage, NullLogger<TicketStore>.Instance).ListByOwnerAsync(adapter.ChannelId, adapter.User.Id!));
        Assert.Equal("connect-for-health", ticket.System);
        Assert.Equal(TicketStatus.Drafted, ticket.Status);
        Assert.Null(ticket.IncidentNumber);
        Assert.Null(ticket.PromisedUpdateBy);
        Assert.Contains(ticket.Id, reply, StringComparison.Ordinal);
        Assert.Contains("my tickets", reply, StringComparison.Ordinal);
        Assert.Equal("Call the Service Center", HelpBot.Domain.FollowUp.EscalationLadder.NextStep(ticket).Title);
    }

    [Fact]
    public async Task ConnectReport_CertifiedRole_GetsRoleNote()
    {
        await ConversationFlow.Create().Onboard("Certified Application Counselor")
            .Send(Description)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertSays(ConversationSteps.RoleNote, reply => Assert.Contains("internal process", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Field, "os")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectReport_WebChatJoin_PrefillsOperatingSystem()
    {
        var join = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "webchat/join",
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, string>
            {
                ["timezone"] = "America/Denver",
                ["userAgent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
            }),
        };

        await ConversationFlow.Create()
            .Send(join)
            .AssertNoReply()
            .Onboard()
            .Send(Description)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.Field, "os", reply => Assert.Contains("I have: Windows", reply.Text, StringComparison.Ordinal))
            .Send("keep")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Fact]
    public async Task CheckTicket_AfterLoggedCall_ListsIncidentNumber()
    {
        await ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll").AssertAsks(ConversationPrompts.LogCall)
            .Send(CallLog).AssertAsks(ConversationPrompts.Menu)
            .Send("check a ticket")
            .AssertSays(ConversationSteps.Tickets, reply =>
            {
                Assert.Contains("00012345", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Connect for Health Colorado", reply.Text, StringComparison.Ordinal);
                Assert.Contains(TicketStatus.Acknowledged, reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("today 1:00 pm", true)]
    [InlineData("today 3:00 pm", false)]
    public async Task CallLog_BeforeProblemTime_AsksToCheck(string calledAt, bool noted)
    {
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };
        string? summary = null;

        // The description's problem happened "today at 2pm".
        await AnswerUntilChecklist(ConversationFlow.Create(adapter: adapter))
            .AssertSays(ConversationSteps.Checklist)
            .AssertAsks(ConversationPrompts.LogCall)
            .Send($"When: {calledAt}\nIncident: 00012345\nTime frame: 3 business days")
            .AssertSays(ConversationSteps.TicketLogged, reply => summary = reply.Text)
            .StartTestAsync();

        Assert.Equal(noted, summary!.Contains("before the time of the problem", StringComparison.Ordinal));
    }

    // Onboards, sends the description and answers the tips, the operating system and the impact.
    private static TestFlow AnswerUntilChecklist(TestFlow flow) => flow.Onboard()
            .Send(Description)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll");

    private static async Task<string> ReadConversationStateAsync(MemoryStorage storage)
    {
        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        return Encoding.UTF8.GetString(state.Values.Single().Json.Span);
    }
}
