using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Proactive;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>The notices that go out together as one message, and where that message goes.</summary>
/// <param name="Address">The recipient and the conversation the message is posted to.</param>
/// <param name="Kind">One of <see cref="NoticeKinds"/>, the kind of every notice in the message.</param>
/// <param name="Notices">Each notice with its ticket, in the order the tickets were claimed.</param>
internal sealed record NoticeMessage(ProactiveAddress Address, string Kind, IReadOnlyList<(Ticket Ticket, PendingNotice Notice)> Notices)
{
    /// <summary>
    /// Maximum number of tickets in one message. Teams rejects messages over about 100 KB, and a card test
    /// checks that ten reminder cards with the list card stay under 80 KB.
    /// </summary>
    public const int MaxTickets = 10;

    /// <summary>
    /// Groups the notices claimed at one delivery into messages: the reminders of one recipient go
    /// out together, and so do the escalation prompts of one supervisor, up to <see cref="MaxTickets"/>
    /// tickets a message. Owner notices go out one per message.
    /// </summary>
    /// <remarks>
    /// A group's message goes to the conversation of its newest ticket that names one, because the
    /// recipient most likely still has that conversation. Without one it goes to the recipient's
    /// latest conversation.
    /// </remarks>
    public static List<NoticeMessage> Group(IEnumerable<(Ticket Ticket, PendingNotice Notice)> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var groups = new List<List<(Ticket Ticket, PendingNotice Notice)>>();
        var byRecipient = new Dictionary<(string Kind, string ChannelId, string UserId), List<(Ticket, PendingNotice)>>();
        foreach (var item in notices)
        {
            var key = (item.Notice.Kind, item.Notice.ChannelId, item.Notice.UserId);
            if (!IsGrouped(item.Notice.Kind) || !byRecipient.TryGetValue(key, out var group))
            {
                group = [];
                groups.Add(group);
                if (IsGrouped(item.Notice.Kind))
                {
                    byRecipient[key] = group;
                }
            }

            group.Add(item);
        }

        return [.. groups.SelectMany(group => group.Chunk(MaxTickets)).Select(ToMessage)];
    }

    private static NoticeMessage ToMessage((Ticket Ticket, PendingNotice Notice)[] notices)
    {
        var first = notices[0].Notice;
        var conversationId = notices
            .OrderByDescending(item => item.Ticket.CreatedAt)
            .Select(item => item.Notice.ConversationId)
            .FirstOrDefault(id => id is not null);
        return new NoticeMessage(new ProactiveAddress(first.ChannelId, first.UserId, conversationId), first.Kind, notices);
    }

    private static bool IsGrouped(string kind) => kind is NoticeKinds.Reminder or NoticeKinds.Escalation;
}
