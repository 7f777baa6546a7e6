using HelpBot.Cards.Builders;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Builds the proactive activity of a notice: a message with one Adaptive Card, its plain text,
/// and <c>channelData.helpbot</c> with a <see cref="FollowUpSteps"/> step and the ticket's system.
/// </summary>
internal static class FollowUpActivities
{
    public static Activity Create(Ticket ticket, PendingNotice notice, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var (card, step) = notice.Kind switch
        {
            NoticeKinds.Reminder => (ReminderCard.Build(ticket, EscalationLadder.StepAt(ticket, notice.Level ?? ticket.EscalationLevel), now, timeZone), FollowUpSteps.Reminder),
            NoticeKinds.Escalation => (EscalationCard.Build(ticket, notice.Reason ?? EscalationReasons.Overdue, EscalationLadder.StepAt(ticket, notice.Level ?? ticket.EscalationLevel), now, timeZone), FollowUpSteps.Escalation),
            NoticeKinds.OwnerNotice => (OwnerNoticeCard.Build(ticket, notice.Reason ?? string.Empty, now, timeZone), FollowUpSteps.OwnerNotice),
            _ => throw new ArgumentException($"Unknown notice kind '{notice.Kind}'.", nameof(notice)),
        };
        return ToActivity(card, step, ticket.System);
    }

    private static Activity ToActivity(StepCard card, string step, string system) =>
        Reply.Card(AdaptiveCardAttachment.ToJsonElement(card.Card), card.PlainText)
            .WithMarker(new HelpBotMarker { Step = step, System = system });
}
