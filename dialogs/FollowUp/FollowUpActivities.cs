using System.Text;
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
/// Reminders or escalation prompts of several tickets for one recipient share one message: a
/// <see cref="FollowUpListCard"/> first, then each ticket's card with its buttons.
/// </summary>
internal static class FollowUpActivities
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static Activity Create(Ticket ticket, PendingNotice notice, DateTimeOffset now, TimeZoneInfo timeZone) =>
        ToActivity(Card(ticket, notice, now, timeZone), Step(notice.Kind), ticket.System);

    /// <summary>
    /// Builds one message for <paramref name="notices"/>, which are all of one kind and for one recipient.
    /// One notice gets the same message as <see cref="Create"/>. The marker names a system only when
    /// every ticket is about the same one.
    /// </summary>
    public static Activity CreateGroup(IReadOnlyList<(Ticket Ticket, PendingNotice Notice)> notices, DateTimeOffset now, Func<Ticket, TimeZoneInfo> timeZoneOf)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(timeZoneOf);
        if (notices.Count == 1)
        {
            return Create(notices[0].Ticket, notices[0].Notice, now, timeZoneOf(notices[0].Ticket));
        }

        var kind = notices[0].Notice.Kind;
        var cards = new List<StepCard> { ListCard(kind, notices) };
        cards.AddRange(notices.Select(item => Card(item.Ticket, item.Notice, now, timeZoneOf(item.Ticket))));
        var systems = notices.Select(item => item.Ticket.System).Distinct(StringComparer.Ordinal).ToList();
        return ToActivity(cards, Step(kind), systems.Count == 1 ? systems[0] : null);
    }

    private static StepCard Card(Ticket ticket, PendingNotice notice, DateTimeOffset now, TimeZoneInfo timeZone) => notice.Kind switch
    {
        NoticeKinds.Reminder => ReminderCard.Build(ticket, StepOf(ticket, notice), now, timeZone),
        NoticeKinds.Escalation => EscalationCard.Build(ticket, notice.Reason ?? EscalationReasons.Overdue, StepOf(ticket, notice), now, timeZone),
        NoticeKinds.OwnerNotice => OwnerNoticeCard.Build(ticket, notice.Reason ?? string.Empty, now, timeZone),
        _ => throw new ArgumentException($"Unknown notice kind '{notice.Kind}'.", nameof(notice)),
    };

    private static StepCard ListCard(string kind, IReadOnlyList<(Ticket Ticket, PendingNotice Notice)> notices) => kind switch
    {
        NoticeKinds.Reminder => FollowUpListCard.Reminders([.. notices.Select(item => (item.Ticket, StepOf(item.Ticket, item.Notice)))]),
        NoticeKinds.Escalation => FollowUpListCard.Escalations([.. notices.Select(item => (item.Ticket, item.Notice.Reason ?? EscalationReasons.Overdue))]),
        _ => throw new ArgumentException($"Notices of kind '{kind}' are sent one per message.", nameof(kind)),
    };

    private static EscalationStep StepOf(Ticket ticket, PendingNotice notice) =>
        EscalationLadder.StepAt(ticket, notice.Level ?? ticket.EscalationLevel);

    private static string Step(string kind) => kind switch
    {
        NoticeKinds.Reminder => FollowUpSteps.Reminder,
        NoticeKinds.Escalation => FollowUpSteps.Escalation,
        _ => FollowUpSteps.OwnerNotice,
    };

    private static Activity ToActivity(StepCard card, string step, string system) =>
        Reply.Card(AdaptiveCardAttachment.ToJsonElement(card.Card), card.PlainText)
            .WithMarker(new HelpBotMarker { Step = step, System = system });

    // One message with every card, as the "my tickets" list is sent; the text joins the cards' plain text.
    private static Activity ToActivity(List<StepCard> cards, string step, string? system)
    {
        var text = new StringBuilder();
        foreach (var card in cards)
        {
            text.Append(card.PlainText).Append("\n\n");
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.ToString().Trim(),
            TextFormat = "plain",
            AttachmentLayout = "list",
            Attachments = [.. cards.Select(card => new Attachment { ContentType = AdaptiveCardType, Content = AdaptiveCardAttachment.ToJsonElement(card.Card) })],
        };
        return activity.WithMarker(new HelpBotMarker { Step = step, System = system });
    }
}
