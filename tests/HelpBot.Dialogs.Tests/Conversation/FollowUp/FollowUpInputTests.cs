using System.Text.Json.Nodes;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

/// <summary>
/// Values that must not reach a ticket or a log line: personal data or a case number typed as the
/// incident number of a logged call, and forged ticket ids in card submits. Also the message after
/// marking a ticket urgent with and without a supervisor, and the "my user id" command.
/// </summary>
public sealed class FollowUpInputTests : IDisposable
{
    private const string ConnectDescription =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 9am. Tried Chrome and Edge.";

    private FollowUpTestBot _bot = new();
    private readonly TestAdapter _owner = FollowUpTestBot.Channel(FollowUpTestBot.OwnerId, "Dana Testperson");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("000-00-0000", "Social Security")]
    [InlineData("303-555-0100", "phone")]
    [InlineData("1B00000", "case number")]
    public async Task LogCall_PersonalIncidentNumber_RejectedAndNotKept(string incidentNumber, string reason)
    {
        await ReachLogCallAsync()
            .Send($"When: today 9:00 am\nIncident: {incidentNumber}\nTime frame: 3 days")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains(reason, reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(incidentNumber, reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        Assert.Empty(await _bot.Tickets.ListByOwnerAsync(ChannelIds.Test, FollowUpTestBot.OwnerId));
        Assert.DoesNotContain(_bot.Logs.Messages, line => line.Contains(incidentNumber, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00012345!", true)]
    [InlineData("INC 123 45", true)]
    [InlineData("000-00-0000", false)]
    public async Task LogCall_BadIncidentNumber_KeptUnlessPersonal(string incidentNumber, bool kept)
    {
        await ReachLogCallAsync()
            .Send($"When: today 9:00 am\nIncident: {incidentNumber}\nTime frame: 3 days")
            .AssertNextContains("incident number")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
                Assert.Equal(kept, reply.Attachments!.Single().Content!.Value.GetRawText().Contains(incidentNumber, StringComparison.Ordinal)))
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_LongIncidentNumber_ShownWhole()
    {
        const string incidentNumber = "INC-2026-ABCD-0001-EFGH-0002-IJKL-0003-MNOP";
        await ReachLogCallAsync()
            .Send($"When: today 9:00 am\nIncident: {incidentNumber}\nTime frame: 3 days")
            .AssertNextContains("incident number")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
            {
                var input = ReadInput(reply, "incidentNumber");
                Assert.Equal(incidentNumber, input["value"]?.GetValue<string>());
                Assert.Null(input["maxLength"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_RejectedValues_NotInConversationState()
    {
        await ReachLogCallAsync()
            .Send("When: today 9:00 am\nIncident: 00012345\nTime frame: whenever they can")
            .AssertNextContains("time frame")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
                Assert.Equal("whenever they can", ReadInput(reply, "timeFrame")["value"]?.GetValue<string>()))
            .StartTestAsync();

        Assert.DoesNotContain(_bot.Storage.Writes, write => write.Contains("whenever they can", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000-00-0000", null)]
    [InlineData("00012345!", "00012345!")]
    public async Task LogCall_RejectedIncidentNumber_KeepsRepresentative(string incidentNumber, string? shownNumber)
    {
        await ReachLogCallAsync()
            .Send($"When: today 9:00 am\nIncident: {incidentNumber}\nTime frame: 3 days\nRepresentative: Ottoline")
            .AssertNextContains("incident number")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
            {
                Assert.Equal("Ottoline", ReadInput(reply, "representative")["value"]?.GetValue<string>());
                Assert.Equal("today 9:00 am", ReadInput(reply, "calledAt")["value"]?.GetValue<string>());
                Assert.Equal("3 days", ReadInput(reply, "timeFrame")["value"]?.GetValue<string>());
                Assert.Equal(shownNumber, ReadInput(reply, "incidentNumber")["value"]?.GetValue<string>());
            })
            .StartTestAsync();

        Assert.DoesNotContain(_bot.Storage.Writes, write => write.Contains("Ottoline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogCall_CardRejected_KeepsRepresentative()
    {
        await ReachLogCallAsync()
            .SendValue(new JsonObject
            {
                ["action"] = "save",
                ["calledAt"] = "today 9:00 am",
                ["incidentNumber"] = "303-555-0100",
                ["timeFrame"] = "3 days",
                ["representative"] = "Marisol",
            })
            .AssertNextContains("incident number")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
            {
                Assert.Equal("Marisol", ReadInput(reply, "representative")["value"]?.GetValue<string>());
                Assert.Null(ReadInput(reply, "incidentNumber")["value"]);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Sam 303-555-0100")]
    [InlineData("pw: Sunshine2024!")]
    public async Task LogCall_PersonalDataAsRepresentative_NotShownAgain(string representative)
    {
        await ReachLogCallAsync()
            .Send($"When: today 9:00 am\nIncident: 00012345!\nTime frame: 3 days\nRepresentative: {representative}")
            .AssertAsks(ConversationPrompts.LogCall, check: reply => Assert.Null(ReadInput(reply, "representative")["value"]))
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_PasswordInValue_NotShownAgain()
    {
        await ReachLogCallAsync()
            .Send("When: today 9:00 am\nIncident: 00012345\nTime frame: pw: Sunshine2024!")
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
            {
                Assert.Null(ReadInput(reply, "timeFrame")["value"]);
                Assert.Equal("00012345", ReadInput(reply, "incidentNumber")["value"]?.GetValue<string>());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_IncidentNumberFixed_LogsTicket()
    {
        await ReachLogCallAsync()
            .Send("When: today 9:00 am\nIncident: 000-00-0000\nTime frame: 3 days")
            .AssertAsks(ConversationPrompts.LogCall)
            .Send("When: today 9:00 am\nIncident: 00012345\nTime frame: 3 days")
            .AssertSays(ConversationSteps.TicketLogged)
            .StartTestAsync();

        Assert.Equal("00012345", (await _bot.SingleTicketAsync()).IncidentNumber);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("not given")]
    [InlineData("they didn't say")]
    [InlineData("N/A")]
    public async Task LogCall_NoTimeFrameWord_LogsTicket(string timeFrame)
    {
        await ReachLogCallAsync()
            .Send($"When: today 9:00 am\nIncident: 00012345\nTime frame: {timeFrame}")
            .AssertSays(ConversationSteps.TicketLogged)
            .StartTestAsync();

        Assert.Equal("00012345", (await _bot.SingleTicketAsync()).IncidentNumber);
    }

    [Theory]
    [InlineData("When: today\nIncident: 00012345\nTime frame: 1 business day", "add the time of the call")]
    [InlineData("When: yesterday at 25:99\nIncident: 00012345\nTime frame: 3 business days", "25:99 is not a time of day")]
    public async Task LogCall_BadCallTime_Rejected(string callLog, string message)
    {
        await ReachLogCallAsync()
            .Send(callLog)
            .AssertNextContains(message)
            .AssertAsks(ConversationPrompts.LogCall)
            .StartTestAsync();

        Assert.Empty(await _bot.Tickets.ListByOwnerAsync(ChannelIds.Test, FollowUpTestBot.OwnerId));
    }

    [Theory]
    [InlineData("today 7:00 am", true)]
    [InlineData("today 9:00 am", false)]
    public async Task LogCall_TimeWhenClosed_Noted(string calledAt, bool noted)
    {
        // The test clock is Monday 10:00 am in Denver; the Service Center opens at 8:00 am.
        await ReachLogCallAsync()
            .Send($"When: {calledAt}\nIncident: 00012345\nTime frame: 3 days")
            .AssertSays(ConversationSteps.TicketLogged, reply =>
                Assert.Equal(noted, reply.Text!.Contains("The Service Center is closed at the time you gave for the call (Monday to Friday, 8 a.m. to 6 p.m.)", StringComparison.Ordinal)))
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_SeveralMistakes_NamedTogether()
    {
        await ReachLogCallAsync()
            .Send("When: today 25:99\nIncident: 1\nTime frame: soon")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("25:99 is not a time of day", reply.Text, StringComparison.Ordinal);
                Assert.Contains("I couldn't read the time frame", reply.Text, StringComparison.Ordinal);
                Assert.Contains("That is not an incident number I can keep", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.LogCall)
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_FutureCallTime_AsksWhenCalled()
    {
        // The test clock is 10:00 am in Denver.
        await ReachLogCallAsync()
            .Send("When: today 11:30 am\nIncident: 00012345\nTime frame: 3 days")
            .AssertNextContains("That is in the future (2026-03-16 11:30 in your time zone). Please give when you called.")
            .AssertAsks(ConversationPrompts.LogCall)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2 hours", true)]
    [InlineData("3 days", false)]
    public async Task LogCall_PromisedTimeOver_Flagged(string timeFrame, bool passed)
    {
        await ReachLogCallAsync()
            .Send($"When: today 7:00 am\nIncident: 00012345\nTime frame: {timeFrame}")
            .AssertSays(ConversationSteps.TicketLogged, reply =>
                Assert.Equal(passed, reply.Text!.Contains("That time has passed: if no update came, check the status", StringComparison.Ordinal)))
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_OneFieldRejected_KeepsOthers()
    {
        await ReachLogCallAsync()
            .Send("When: today\nIncident: INC-0012345\nTime frame: 1 business day\nRepresentative: Sam")
            .AssertNextContains("add the time of the call")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.Contains("\"value\":\"today\"", card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"INC-0012345\"", card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"1 business day\"", card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"Sam\"", card, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LogCall_PersonalIncident_NotShownAgain()
    {
        await ReachLogCallAsync()
            .Send("When: today 9:00 am\nIncident: 000-00-0000\nTime frame: 3 days")
            .AssertAsks(ConversationPrompts.LogCall, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.DoesNotContain("000-00-0000", card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"3 days\"", card, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Dana Testperson 303-555-0100")]
    [InlineData("HB-0000000000A1\nFAKE LOG LINE")]
    public async Task TicketSubmit_ForgedTicketId_NeitherShownNorLogged(string ticketId)
    {
        await _bot.Flow(_owner).Onboard().StartTestAsync();

        await _bot.Flow(_owner)
            .SendValue(new JsonObject { ["action"] = FollowUpActions.Resolve, ["ticketId"] = ticketId })
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.DoesNotContain(ticketId, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.DoesNotContain(_bot.Logs.Messages, line => line.Contains("Testperson", StringComparison.Ordinal) || line.Contains("FAKE LOG LINE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TicketSubmit_ForgedAction_LoggedAsUnknown()
    {
        await _bot.Flow(_owner).Onboard().StartTestAsync();

        await _bot.Flow(_owner)
            .SendValue(new JsonObject { ["action"] = "ticket.Dana Testperson", ["ticketId"] = "HB-0000000000A1" })
            .AssertSays(ConversationSteps.FollowUpRejected)
            .StartTestAsync();

        Assert.DoesNotContain(_bot.Logs.Messages, line => line.Contains("Testperson", StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Messages, line => line.Contains("unknown", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, "asked the supervisors")]
    [InlineData(false, "No supervisor is set up")]
    public async Task MarkUrgent_SaysWhetherSupervisorsWereAsked(bool withSupervisor, string expected)
    {
        _bot.Dispose();
        _bot = new FollowUpTestBot(withSupervisor);
        await ReachLogCallAsync()
            .Send("When: today 9:00 am\nIncident: 00012345\nTime frame: 3 days")
            .AssertSays(ConversationSteps.TicketLogged)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
        var ticket = await _bot.SingleTicketAsync();

        await _bot.Flow(_owner)
            .SendValue(new JsonObject { ["action"] = FollowUpActions.MarkUrgent, ["ticketId"] = ticket.Id })
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains(expected, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task MyUserId_Typed_ShowsChannelAndId()
    {
        await _bot.Flow(_owner).Onboard().StartTestAsync();

        await _bot.Flow(_owner)
            .Send("my user id")
            .AssertSays(ConversationSteps.UserId, reply =>
            {
                Assert.Contains(FollowUpTestBot.OwnerId, reply.Text, StringComparison.Ordinal);
                Assert.Contains(ChannelIds.Test, reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    // The input of the card of reply whose id is inputId.
    private static JsonNode ReadInput(Activity reply, string inputId)
    {
        var card = JsonNode.Parse(reply.Attachments!.Single().Content!.Value.GetRawText())!;
        return card["body"]!.AsArray().Single(element => element?["id"]?.GetValue<string>() == inputId)!;
    }

    private TestFlow ReachLogCallAsync() =>
        _bot.Flow(_owner).Onboard()
            .Send(ConnectDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll").AssertAsks(ConversationPrompts.LogCall);
}
