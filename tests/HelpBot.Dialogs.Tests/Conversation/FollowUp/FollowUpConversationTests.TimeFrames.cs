using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed partial class FollowUpConversationTests
{
    // Monday 16 March 2026, 4:00 pm in Denver (UTC-6).
    private static readonly DateTimeOffset MondayFourPm = new(2026, 3, 16, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PeakReply_Typed_RemindsAtFrameEnd()
    {
        await FilePeakReportAsync(urgent: false);

        await _bot.Flow(_owner)
            .Send("update ticket\nIncident: HDT-4521\nReplied: today 9:00 am\nTime frame: 1 business day")
            .AssertSays(ConversationSteps.TicketChange, reply =>
            {
                Assert.Contains("Saved the help desk's reply on ticket", reply.Text, StringComparison.Ordinal);
                Assert.Contains("update promised by Tue Mar 17, 2026 9:00 AM (1 business day from the reply)", reply.Text, StringComparison.Ordinal);
            })
            .AssertSays(ConversationSteps.TicketCard, reply => Assert.Contains("Correct the help desk's reply", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Equal(FollowUpTestBot.Monday.AddHours(-1), ticket.RepliedAt);
        Assert.Null(ticket.CalledAt);
        Assert.Equal(TimeFrame.BusinessDays(1), ticket.PromisedTimeFrame);
        Assert.Equal(TuesdayNine, ticket.PromisedUpdateBy);
        Assert.Equal(TuesdayNine, ticket.NextReminderAt);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Equal("incident number, reply time, time frame", ticket.History[^1].Detail);

        _bot.Time.SetUtcNow(TuesdayNine.AddMinutes(-1));
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);
        Assert.Empty(_bot.Proactive.SentTo(FollowUpTestBot.OwnerId));

        _bot.Time.SetUtcNow(TuesdayNine);
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);
        var reminder = Assert.Single(_bot.Proactive.SentTo(FollowUpTestBot.OwnerId));
        Assert.Equal(FollowUpSteps.Reminder, reminder.GetMarker()!.Step);
    }

    [Fact]
    public async Task PeakTicket_ReplyCard_RecordsTimeFrame()
    {
        await FilePeakReportAsync(urgent: false);
        Activity? list = null;
        await _bot.Flow(_owner).Send("my tickets").AssertSays(ConversationSteps.Tickets, reply => list = reply).StartTestAsync();
        var details = FollowUpTestBot.SubmitData(list!, FollowUpActions.SetCallDetails);
        details[FollowUpKeys.RepliedAt] = "today 9:00 am";
        details[FollowUpKeys.TimeFrame] = "48 hours";

        await _bot.Flow(_owner)
            .SendValue(details)
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("help desk ticket number none yet", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard, reply =>
            {
                Assert.Contains("Time frame: 48 hours", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Help desk ticket number: none yet", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Wait for the update the help desk promised", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Wait for the help desk's reply", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Equal(TimeFrame.Hours(48), ticket.PromisedTimeFrame);
        Assert.Equal(FollowUpTestBot.Monday.AddHours(47), ticket.PromisedUpdateBy);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
    }

    [Fact]
    public async Task PeakReply_MovedToFriday_EndsMonday()
    {
        await FilePeakReportAsync(urgent: false);
        await _bot.Flow(_owner)
            .Send("update ticket\nReplied: today 9:00 am\nTime frame: 1 business day")
            .AssertSays(ConversationSteps.TicketChange)
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        await _bot.Flow(_owner)
            .Send("update ticket\nReplied: 3/13 at 4:00 pm")
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("update promised by Mon Mar 16, 2026 4:00 PM", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Equal(MondayFourPm, ticket.PromisedUpdateBy);
        Assert.Equal("reply time, time frame", ticket.History[^1].Detail);
    }

    [Theory]
    [InlineData("Time frame: 3 business days", "Replied: today 2:30 pm")]
    [InlineData("Replied: today\nTime frame: 3 business days", "add the time of the reply")]
    [InlineData("Replied: tomorrow 9am\nTime frame: 3 business days", "when the reply came")]
    [InlineData("When: today 9:00 am", "PEAK ticket has no call")]
    [InlineData("Replied: today 9:00 am\nTime frame: soon", "couldn't read the time frame")]
    public async Task PeakTicket_TypedBadReply_ExplainsAndKeepsTicket(string lines, string expected)
    {
        await FilePeakReportAsync(urgent: false);

        await _bot.Flow(_owner)
            .Send("update ticket\n" + lines)
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains(expected, reply.Text, StringComparison.OrdinalIgnoreCase))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var ticket = await _bot.SingleTicketAsync();
        Assert.Null(ticket.RepliedAt);
        Assert.Null(ticket.PromisedTimeFrame);
        Assert.Null(ticket.PromisedUpdateBy);
        Assert.Equal(TicketStatus.Drafted, ticket.Status);
    }

    [Fact]
    public async Task LoggedCall_ReplyLine_Rejected()
    {
        var ticket = await LogConnectCallAsync("Time frame: 3 days");

        await _bot.Flow(_owner)
            .Send("update ticket\nReplied: today 9:30 am")
            .AssertSays(ConversationSteps.FollowUpRejected, reply => Assert.Contains("counted from the call", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var stored = await _bot.SingleTicketAsync();
        Assert.Null(stored.RepliedAt);
        Assert.Equal(ticket.PromisedUpdateBy, stored.PromisedUpdateBy);
    }

    [Fact]
    public async Task LoggedCall_MovedToFriday_EndsMonday()
    {
        var ticket = await LogConnectCallAsync("Time frame: 1 business day");
        Assert.Equal(TimeFrame.BusinessDays(1), ticket.PromisedTimeFrame);
        Assert.Equal(TuesdayNine, ticket.PromisedUpdateBy);

        await _bot.Flow(_owner)
            .Send("update ticket\nWhen: 3/13 at 4:00 pm")
            .AssertSays(ConversationSteps.TicketChange, reply => Assert.Contains("update promised by Mon Mar 16, 2026 4:00 PM", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.TicketCard)
            .StartTestAsync();

        var stored = await _bot.SingleTicketAsync();
        Assert.Equal(MondayFourPm, stored.PromisedUpdateBy);
        Assert.Equal(TimeFrame.BusinessDays(1), stored.PromisedTimeFrame);
    }
}
