using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed partial class FollowUpConversationTests
{
    // Tuesday 17 March 2026, 9:00 am in Denver: one business day after a call at 9:00 on Monday.
    private static readonly DateTimeOffset TuesdayNine = new(2026, 3, 17, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CallNotYetLogged_CardAddsCallDetails_RemindsAfterTimeFrame()
    {
        await SkipConnectCallLogAsync();
        Activity? list = null;
        await _bot.Flow(_owner).Send("my tickets").AssertSays(ConversationSteps.Tickets, reply => list = reply).StartTestAsync();
        var details = FollowUpTestBot.SubmitData(list!, FollowUpActions.SetCallDetails);
        details[FollowUpKeys.CalledAt] = "today 9:00 am";
        details[FollowUpKeys.IncidentNumber] = "00012345";
        details[FollowUpKeys.TimeFrame] = "1 business day";

        await _bot.Flow(_owner)
            .SendValue(details)
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("incident number 00012345", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard, reply => Assert.Contains("Correct the call details", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Equal(FollowUpTestBot.Monday.AddHours(-1), ticket.CalledAt);
        Assert.Equal(TuesdayNine, ticket.PromisedUpdateBy);
        Assert.Equal(TuesdayNine, ticket.NextReminderAt);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Equal("incident number, call time, time frame", ticket.History[^1].Detail);
    }

    [Fact]
    public async Task CallNotYetLogged_TypedCallDetails_UpdatesNewestTicket()
    {
        await SkipConnectCallLogAsync();

        await _bot.Flow(_owner)
            .Send("update ticket\nWhen: today 9:00 am\nTime frame: 1 business day")
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("update promised by Tue Mar 17, 2026 9:00 AM", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Equal(TicketStatus.Reported, ticket.Status);
        Assert.Equal(TuesdayNine, ticket.NextReminderAt);
    }

    [Theory]
    [InlineData("3/15 at 10:00 am", true)]
    [InlineData("today 9:00 am", false)]
    public async Task TypedCallTime_ServiceCenterClosed_AsksToCheckIt(string when, bool closed)
    {
        await SkipConnectCallLogAsync();

        await _bot.Flow(_owner)
            .Send("update ticket\nWhen: " + when + "\nTime frame: 1 business day")
            .AssertSays(ConversationSteps.TicketChange, reply =>
                Assert.Equal(closed, reply.Text!.Contains("The Service Center is closed at the time you gave for the call", StringComparison.Ordinal)))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();
    }

    [Fact]
    public async Task LoggedCall_TypedCorrectionWithId_ChangesIncidentNumber()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");

        await _bot.Flow(_owner)
            .Send($"update ticket {ticket.Id.ToLowerInvariant()}; incident: INC-778")
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("incident number INC-778", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var stored = await _bot.SingleTicketAsync();
        Assert.Equal("INC-778", stored.IncidentNumber);
        Assert.Equal(ticket.PromisedUpdateBy, stored.PromisedUpdateBy);
    }

    [Theory]
    [InlineData("When: tomorrow 9am", "in the future")]
    [InlineData("When: today", "add the time of the call")]
    [InlineData("Time frame: 2 days", "date and time of the call too")]
    [InlineData("When: today 9:00 am\nTime frame: soon", "couldn't read the time frame")]
    [InlineData("Incident: 1B00000", "CBMS case number")]
    public async Task CallNotYetLogged_TypedBadValue_ExplainsAndKeepsTicket(string lines, string expected)
    {
        await SkipConnectCallLogAsync();

        await _bot.Flow(_owner)
            .Send("update ticket\n" + lines)
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains(expected, reply.Text, StringComparison.OrdinalIgnoreCase))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Null(ticket.CalledAt);
        Assert.Null(ticket.IncidentNumber);
        Assert.Equal(TicketStatus.Drafted, ticket.Status);
    }

    [Theory]
    [InlineData("078-05-1120", "[SSN]")]
    [InlineData("303-555-0100", "[PHONE]")]
    public async Task TypedCallDetails_PersonalDataNumber_RecordedForTranscript(string value, string placeholder)
    {
        await SkipConnectCallLogAsync();
        var recorder = new TranscriptValueRecorder();

        await new TestFlow(() => _bot.Services.GetRequiredService<ITurnHandler>(), _bot.Storage, _owner, () => [recorder])
            .Send("update ticket\nIncident: " + value)
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.DoesNotContain(value, reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard, reply => Assert.False(CardJsonContains(reply, value)))
            .StartTestAsync();

        Assert.Equal([KeyValuePair.Create(value, placeholder)], Assert.Single(recorder.Turns));
        Assert.Null((await _bot.SingleTicketAsync()).IncidentNumber);
    }

    [Fact]
    public async Task PeakTicket_TypedNumber_SavedButCallTimeRejected()
    {
        await FilePeakReportAsync(urgent: false);
        var ticket = await _bot.SingleTicketAsync();

        await _bot.Flow(_owner)
            .Send($"update ticket {ticket.Id}\nWhen: today 9:00 am")
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("PEAK ticket has no call", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .Send($"update ticket {ticket.Id}\nIncident: HDT-4521")
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("HDT-4521", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var stored = await _bot.SingleTicketAsync();
        Assert.Equal("HDT-4521", stored.IncidentNumber);
        Assert.Null(stored.CalledAt);
    }

    [Fact]
    public async Task TypedCallDetails_OtherOwnersTicket_NotFound()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");

        await _bot.Flow(FollowUpTestBot.Channel("user-9", "Pat Example"))
            .Send($"update ticket {ticket.Id}\nTime frame: none")
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Equal($"I could not find ticket {ticket.Id}. Type 'my tickets' to see your tickets.", reply.Text))
            .StartTestAsync();

        Assert.NotNull((await _bot.SingleTicketAsync()).PromisedUpdateBy);
    }

    [Fact]
    public async Task TypedCallDetails_NoLines_ExplainsFormat()
    {
        await SkipConnectCallLogAsync();

        await _bot.Flow(_owner)
            .Send("update ticket")
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("Time frame:", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();
    }

    private async Task SkipConnectCallLogAsync()
    {
        await _bot.Flow(_owner).Onboard()
            .Send(ConnectDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll").AssertAsks(ConversationPrompts.LogCall)
            .Send("not yet")
            .AssertSays(ConversationSteps.TicketLogged)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }
}
