using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed partial class FollowUpConversationTests
{
    [Fact]
    public async Task LateCall_Reminder_ComesAfterTurnReply()
    {
        // The call at 9:00 promised an update within an hour, which is over when it is logged at 10:00.
        await LogConnectCallAsync("Time frame: 1 hour");

        Assert.Empty(_bot.Proactive.SentTo(FollowUpTestBot.OwnerId));

        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);
        var reminder = Assert.Single(_bot.Proactive.SentTo(FollowUpTestBot.OwnerId));
        Assert.Equal(FollowUpSteps.Reminder, reminder.GetMarker()!.Step);
    }

    [Fact]
    public async Task MyTickets_AfterReminder_LetsNextReminderThrough()
    {
        await LogConnectCallAsync("Time frame: 3 days");
        _bot.Time.SetUtcNow(FollowUpTestBot.Monday.AddDays(3));
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);

        await _bot.Flow(_owner)
            .Send("my tickets").AssertSays(ConversationSteps.Tickets)
            .StartTestAsync();
        _bot.Time.SetUtcNow(FollowUpTestBot.Monday.AddDays(4));
        await _bot.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(2, _bot.Proactive.SentTo(FollowUpTestBot.OwnerId).Count);
    }
}
