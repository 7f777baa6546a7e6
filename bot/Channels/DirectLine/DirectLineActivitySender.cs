using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Delivers the bot's activities in one Direct Line conversation: appends them to the
/// conversation's log and wakes its streams. The log gets a copy with passwords and identifiers
/// replaced (<see cref="TranscriptRedactor"/>), and clients reading within
/// <see cref="DirectLineLiveActivities.Lifetime"/> get the activity as sent. Typing activities go only
/// to the streams open now, and activity types that Direct Line never shows clients
/// (conversationUpdate, trace) are dropped.
/// </summary>
public sealed class DirectLineActivitySender : IActivitySender
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineStreamHub _hub;
    private readonly TranscriptRedactor _redactor;
    private readonly DirectLineLiveActivities _live;
    private readonly TimeProvider _timeProvider;
    private readonly ChannelAccount _bot;
    private readonly List<(long Sequence, Activity Sent)> _stored = [];

    public DirectLineActivitySender(
        IDirectLineStore store,
        DirectLineStreamHub hub,
        TranscriptRedactor redactor,
        DirectLineLiveActivities live,
        TimeProvider timeProvider,
        string conversationId,
        ChannelAccount bot)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        _store = store;
        _hub = hub;
        _redactor = redactor;
        _live = live;
        _timeProvider = timeProvider;
        _bot = bot;
        ConversationId = conversationId;
    }

    /// <summary>The conversation the activities go to.</summary>
    public string ConversationId { get; }

    /// <summary>
    /// The activities this sender stored, each with its sequence number and as sent, so the turn's names and
    /// passwords (<see cref="TranscriptPasswords"/>) can be replaced in their stored copies after the turn.
    /// </summary>
    public IReadOnlyList<(long Sequence, Activity Sent)> Stored => _stored;

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Stamp(activity);

        if (activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.Trace)
        {
            return new ResourceResponse(NewUnstoredId());
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id = NewUnstoredId();
            _hub.PublishTransient(ConversationId, activity);
            return new ResourceResponse(activity.Id);
        }

        // NOTE: a client that polls between the append and Add gets the stored copy of this activity.
        var (copy, redactedCount) = _redactor.CreateStoredCopy(activity);
        var sequence = await _store.AppendAsync(ConversationId, copy, cancellationToken);
        activity.Id = copy.Id;
        ActivityOrder.CopyTo(copy, sequence, activity);
        _stored.Add((sequence, activity));
        if (redactedCount > 0)
        {
            _live.Add(activity);
        }

        _hub.NotifyAppended(ConversationId);
        return new ResourceResponse(activity.Id!);
    }

    private void Stamp(Activity activity)
    {
        activity.Timestamp = _timeProvider.GetUtcNow();
        activity.Conversation = new ConversationAccount(ConversationId);
        activity.ServiceUrl = null;
        activity.From ??= new ChannelAccount(_bot.Id!, _bot.Name);
        activity.From.Role = RoleTypes.Bot;
    }

    private string NewUnstoredId() => $"{ConversationId}|{Guid.NewGuid():N}";
}
