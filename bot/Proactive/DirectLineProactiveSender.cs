using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Proactive;

/// <summary>
/// Proactive delivery through the embedded Direct Line server. Messages are appended to the
/// conversation's log, where a client that reconnects reads them by watermark. With a client
/// connected the result is <see cref="ProactiveDelivery.Sent"/>. When no client has the conversation open
/// but one has the user's latest conversation open, the messages go there instead. Otherwise they are
/// recorded in <see cref="WebChatPendingDeliveries"/> and the result is <see cref="ProactiveDelivery.Queued"/>.
/// The log and the pending record get the copy that <see cref="TranscriptRedactor"/> makes, with passwords
/// and identifiers replaced, as for the bot's replies.
/// </summary>
public sealed class DirectLineProactiveSender(
    IDirectLineStore store,
    DirectLineStreamHub hub,
    DirectLineConversationService conversations,
    UserConversationIndex index,
    WebChatPendingDeliveries pending,
    TranscriptRedactor redactor,
    TimeProvider timeProvider,
    ILogger<DirectLineProactiveSender> logger)
{
    /// <summary>
    /// Sends <paramref name="activities"/> to the address's conversation, or to the user's latest one when the
    /// address names none or names one that is gone. Fails only for a gone conversation of a user with no other.
    /// </summary>
    public async Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(activities);
        var conversationId = address.ConversationId ?? await FindLatestAsync(address, cancellationToken);
        if (conversationId is null)
        {
            logger.ProactiveNoAddress(address.ChannelId);
            return ProactiveDelivery.NoAddress;
        }

        var conversation = await store.GetConversationAsync(conversationId, cancellationToken);
        if (conversation is null && address.ConversationId is not null)
        {
            // A named conversation deleted after the retention period: the user's latest one gets the message.
            logger.ProactiveConversationGone(conversationId);
            if (await FindLatestAsync(address, cancellationToken) is not { } latest)
            {
                return ProactiveDelivery.Failed;
            }

            address = address with { ConversationId = null };
            conversationId = latest;
            conversation = await store.GetConversationAsync(conversationId, cancellationToken);
        }

        if (conversation is null)
        {
            return await HandleMissingConversationAsync(address, conversationId, activities, cancellationToken);
        }

        var connected = hub.CountStreams(conversationId) > 0;
        if (!connected && address.ConversationId is not null && await FindOpenNewerAsync(address, conversationId, cancellationToken) is { } newer)
        {
            logger.ProactiveMovedToLatest(conversationId, newer.Id);
            conversationId = newer.Id;
            conversation = newer;
            connected = true;
        }

        foreach (var activity in activities)
        {
            var (sequence, copy) = await AppendAsync(conversationId, address.UserId, activity, cancellationToken);
            if (!connected)
            {
                await pending.AddAsync(conversation.ChannelId, address.UserId, conversationId, sequence, copy, cancellationToken);
            }
        }

        hub.NotifyAppended(conversationId);
        var delivery = connected ? ProactiveDelivery.Sent : ProactiveDelivery.Queued;
        logger.ProactiveDirectLineDelivered(conversationId, activities.Count, delivery);
        return delivery;
    }

    // Returns the user's latest conversation when it is another one and a client has it open. A web chat
    // user who reloaded the page reads the new conversation, not the one a ticket was made in.
    private async Task<DirectLineConversation?> FindOpenNewerAsync(ProactiveAddress address, string conversationId, CancellationToken cancellationToken)
    {
        var latest = await FindLatestAsync(address, cancellationToken);
        return latest is not null && latest != conversationId && hub.CountStreams(latest) > 0
            ? await store.GetConversationAsync(latest, cancellationToken)
            : null;
    }

    // Web Chat's conversations have channel id webchat and other Direct Line clients' directline,
    // so a caller that names either finds the user's latest conversation.
    private async Task<string?> FindLatestAsync(ProactiveAddress address, CancellationToken cancellationToken)
    {
        var other = address.ChannelId == ChannelIds.WebChat ? ChannelIds.DirectLine : ChannelIds.WebChat;
        return await index.FindAsync(address.ChannelId, address.UserId, cancellationToken)
            ?? await index.FindAsync(other, address.UserId, cancellationToken);
    }

    // The user's latest conversation being gone (deleted after the retention period) only means the user
    // has not been back: the messages wait for the next conversation the user starts.
    private async Task<ProactiveDelivery> HandleMissingConversationAsync(ProactiveAddress address, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            Stamp(activity, conversationId, address.UserId);
            await pending.AddAsync(address.ChannelId, address.UserId, null, 0, CreateStoredCopy(conversationId, activity), cancellationToken);
        }

        logger.ProactiveDirectLineDelivered(conversationId, activities.Count, ProactiveDelivery.Queued);
        return ProactiveDelivery.Queued;
    }

    // The store assigns the id to the copy it stores, and the caller's activity gets the same id.
    private async Task<(long Sequence, Activity Copy)> AppendAsync(string conversationId, string userId, Activity activity, CancellationToken cancellationToken)
    {
        Stamp(activity, conversationId, userId);
        var copy = CreateStoredCopy(conversationId, activity);
        var sequence = await store.AppendAsync(conversationId, copy, cancellationToken);
        activity.Id = copy.Id;
        return (sequence, copy);
    }

    private Activity CreateStoredCopy(string conversationId, Activity activity)
    {
        var (copy, redactedCount) = redactor.CreateStoredCopy(activity);
        if (redactedCount > 0)
        {
            logger.DirectLineTranscriptRedacted(conversationId, copy.Id, redactedCount);
        }

        return copy;
    }

    private void Stamp(Activity activity, string conversationId, string userId)
    {
        var bot = conversations.Bot;
        activity.Type ??= ActivityTypes.Message;
        activity.Timestamp = timeProvider.GetUtcNow();
        activity.Conversation = new ConversationAccount(conversationId);
        activity.From = new ChannelAccount(bot.Id!, bot.Name, RoleTypes.Bot);
        activity.Recipient = new ChannelAccount(userId, role: RoleTypes.User);
        activity.ServiceUrl = null;
        activity.ReplyToId = null;
        CardMessageText.MoveToSummary(activity);
    }
}
