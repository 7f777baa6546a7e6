using HelpBot.Bot.Hosting;
using HelpBot.Bot.Proactive;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line conversation logic without HTTP: starting a conversation (and greeting the bot
/// with conversationUpdate), echoing each posted activity into the log with its server id, and
/// running the bot's turn. Proactive code uses <see cref="CreateSender"/> to write to a conversation.
/// </summary>
public sealed class DirectLineConversationService
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineStreamHub _hub;
    private readonly IServiceScopeFactory _scopes;
    private readonly ProactiveAddressRecorder _addresses;
    private readonly WebChatPendingDeliveries _pending;
    private readonly TranscriptRedactor _redactor;
    private readonly DirectLineLiveActivities _live;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DirectLineConversationService> _logger;
    private readonly TimeSpan _botTimeout;
    private readonly CancellationToken _stopping;

    public DirectLineConversationService(
        IDirectLineStore store,
        DirectLineStreamHub hub,
        IServiceScopeFactory scopes,
        ProactiveAddressRecorder addresses,
        WebChatPendingDeliveries pending,
        TranscriptRedactor redactor,
        DirectLineLiveActivities live,
        IOptions<DirectLineOptions> options,
        TimeProvider timeProvider,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineConversationService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lifetime);
        _store = store;
        _hub = hub;
        _scopes = scopes;
        _addresses = addresses;
        _pending = pending;
        _redactor = redactor;
        _live = live;
        _timeProvider = timeProvider;
        _logger = logger;
        _botTimeout = options.Value.BotTimeout;
        _stopping = lifetime.ApplicationStopping;
        Bot = new ChannelAccount(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);
    }

    /// <summary>The bot's account in every Direct Line conversation.</summary>
    public ChannelAccount Bot { get; }

    /// <summary>Returns a sender that appends bot activities to <paramref name="conversationId"/>, for proactive messages.</summary>
    public DirectLineActivitySender CreateSender(string conversationId) =>
        new(_store, _hub, _redactor, _live, _timeProvider, conversationId, Bot);

    /// <summary>
    /// Creates the conversation if it does not exist and then sends the bot a conversationUpdate
    /// with the user and the bot in membersAdded, as the Direct Line service does. The new
    /// conversation becomes the user's latest one for proactive messages, and proactive messages
    /// the user has not read elsewhere are copied into it after the greeting.
    /// </summary>
    /// <returns>True when the conversation was created by this call.</returns>
    public async Task<bool> StartAsync(string conversationId, string userId, string channelId, Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (!await _store.TryCreateConversationAsync(conversationId, channelId, cancellationToken))
        {
            return false;
        }

        _logger.DirectLineConversationStarted(conversationId);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|{Guid.NewGuid():N}",
            ChannelId = channelId,
            ServiceUrl = serviceUrl.ToString(),
            Timestamp = _timeProvider.GetUtcNow(),
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(userId, role: RoleTypes.User),
            Recipient = CopyBot(),
            MembersAdded = [new ChannelAccount(userId, role: RoleTypes.User), CopyBot()],
        };

        try
        {
            await RunTurnAsync(new TurnContext(update, CreateSender(conversationId)), conversationId);
        }
        catch (ApiErrorException)
        {
            // The conversation exists; the client can talk to it even though the greeting failed.
            // RunTurnAsync has logged the cause.
        }

        await _addresses.RecordDirectLineAsync(channelId, userId, conversationId, cancellationToken);
        await _pending.MoveIntoAsync(channelId, userId, conversationId, cancellationToken);
        return true;
    }

    /// <summary>
    /// Echoes <paramref name="activity"/> into the conversation's log (except typing and
    /// conversationUpdate, which Direct Line never returns to clients) and runs the bot's turn.
    /// The log gets a copy with passwords and identifiers replaced (<see cref="TranscriptRedactor"/>),
    /// so clients read that copy back; the turn gets the activity as the client sent it. Passwords the
    /// turn records (<see cref="TranscriptPasswords"/>) are replaced in the stored copy after the turn.
    /// </summary>
    /// <param name="conversation">The conversation, which must exist.</param>
    /// <param name="activity">The client's activity; its server fields are overwritten.</param>
    /// <param name="userId">The sender: the token's user, or the activity's from.id when a secret was used.</param>
    /// <param name="serviceUrl">The Direct Line base address, given to the bot as serviceUrl.</param>
    /// <returns>The activity's server id.</returns>
    /// <exception cref="ApiErrorException">502 <c>BotRejectedActivity</c> or 504 <c>BotTimeout</c>.</exception>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string userId, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        PrepareInbound(conversation, activity, userId);

        long? sequence = null;
        if (IsEchoed(activity.Type))
        {
            sequence = await AppendRedactedAsync(conversation.Id, activity, cancellationToken);
            _hub.NotifyAppended(conversation.Id);
        }
        else
        {
            activity.Id = $"{conversation.Id}|{Guid.NewGuid():N}";
        }

        _logger.DirectLineActivityPosted(conversation.Id, activity.Id, activity.Type, activity.Attachments?.Count ?? 0);
        await _addresses.RecordDirectLineAsync(conversation.ChannelId, userId, conversation.Id, cancellationToken);
        var id = activity.Id!;
        activity.ServiceUrl = serviceUrl.ToString();
        var sender = CreateSender(conversation.Id);
        var turn = new TurnContext(activity, sender);
        try
        {
            await RunTurnAsync(turn, conversation.Id);
        }
        finally
        {
            if (sequence is { } stored)
            {
                await ReplacePasswordsAsync(conversation.Id, stored, turn);
            }

            await ReplaceInRepliesAsync(conversation.Id, sender, turn);
        }

        return id;
    }

    // The store assigns the id to the copy it stores; the turn's activity gets the same id.
    private async Task<long> AppendRedactedAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var (copy, redactedCount) = _redactor.CreateStoredCopy(activity);
        var sequence = await _store.AppendAsync(conversationId, copy, cancellationToken);
        activity.Id = copy.Id;
        ActivityOrder.CopyTo(copy, sequence, activity);
        if (redactedCount > 0)
        {
            _logger.DirectLineTranscriptRedacted(conversationId, copy.Id, redactedCount);
        }

        return sequence;
    }

    // The dialogs recognize some passwords, names and other personal data that the analyzer misses. Examples
    // are a password-shaped word in a sentence at the user-name question, the first name of the Service
    // Center representative and an SSN typed as an incident number.
    // The stored copy is made again without those the turn recorded, and it keeps its id. A client that
    // read the activity during the turn got the earlier copy.
    // NOTE: until this replacement the stored copy holds such a value as typed, for the length of one turn.
    private async Task ReplacePasswordsAsync(string conversationId, long sequence, TurnContext turn)
    {
        var passwords = turn.GetTranscriptPasswords();
        var names = turn.GetTranscriptNames();
        var values = turn.GetTranscriptValues();
        if (passwords.Count == 0 && names.Count == 0 && values.Count == 0)
        {
            return;
        }

        var (withoutPasswords, replacedCount) = TranscriptPasswordRemover.CreateCopy(turn.Activity, passwords, names, values);
        withoutPasswords.ServiceUrl = null;
        var (copy, _) = _redactor.CreateStoredCopy(withoutPasswords);
        copy.Id = turn.Activity.Id;
        if (replacedCount > 0 && await _store.ReplaceAsync(conversationId, sequence, copy, _stopping))
        {
            _logger.DirectLineTranscriptPasswordsReplaced(conversationId, copy.Id, replacedCount);
        }
    }

    // A reply can show such a value back, as the call log's retry card shows the representative's name in its box.
    // Its stored copy is made again without the values. Open streams got the reply as sent during the turn, but
    // later reads, a reload too, get the copy with placeholders, because the bot promised not to keep the values, so
    // the reply's copy as sent leaves DirectLineLiveActivities.
    private async Task ReplaceInRepliesAsync(string conversationId, DirectLineActivitySender sender, TurnContext turn)
    {
        var passwords = turn.GetTranscriptPasswords();
        var names = turn.GetTranscriptNames();
        var values = turn.GetTranscriptValues();
        if (passwords.Count == 0 && names.Count == 0 && values.Count == 0)
        {
            return;
        }

        foreach (var (sequence, sent) in sender.Stored)
        {
            var (withoutValues, replacedCount) = TranscriptPasswordRemover.CreateCopy(sent, passwords, names, values);
            if (replacedCount == 0)
            {
                continue;
            }

            var (copy, _) = _redactor.CreateStoredCopy(withoutValues);
            copy.Id = sent.Id;
            _live.Remove(sent.Id!);
            if (await _store.ReplaceAsync(conversationId, sequence, copy, _stopping))
            {
                _logger.DirectLineTranscriptPasswordsReplaced(conversationId, copy.Id, replacedCount);
            }
        }
    }

    private void PrepareInbound(DirectLineConversation conversation, Activity activity, string userId)
    {
        activity.Timestamp = _timeProvider.GetUtcNow();
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.Recipient = CopyBot();
        activity.CallerId = null;
        activity.ServiceUrl = null;
        activity.From ??= new ChannelAccount();
        activity.From.Id = userId;
        activity.From.Role = RoleTypes.User;

        // The token decides the channel: the web chat page's tokens give "webchat", other tokens "directline".
        // A client's own value is replaced, so the conversation's state and uploads share one key whatever it sends.
        activity.ChannelId = conversation.ChannelId;
    }

    private static bool IsEchoed(string? type) =>
        type is not (ActivityTypes.Typing or ActivityTypes.ConversationUpdate or ActivityTypes.Trace);

    // The turn is cut off by the bot timeout and by shutdown, not by the client leaving, so a
    // dropped connection does not undo a turn that has already started.
    private async Task RunTurnAsync(TurnContext turn, string conversationId)
    {
        var activity = turn.Activity;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
        timeout.CancelAfter(_botTimeout);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<TurnPipeline>();
            await pipeline.ProcessAsync(turn, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !_stopping.IsCancellationRequested)
        {
            _logger.DirectLineTurnTimedOut(conversationId, activity.Id, (int)_botTimeout.TotalMilliseconds);
            throw new ApiErrorException(StatusCodes.Status504GatewayTimeout, ErrorCodes.BotTimeout,
                $"The bot did not finish the turn within {_botTimeout.TotalSeconds:0} seconds.");
        }
        catch (Exception error) when (error is not ApiErrorException and not OperationCanceledException)
        {
            _logger.DirectLineTurnFailed(error.GetType().FullName, conversationId, activity.Id);
            throw new ApiErrorException(StatusCodes.Status502BadGateway, ErrorCodes.BotRejectedActivity,
                "The bot failed to process the activity. The failure is logged with the activity id.");
        }
    }

    private ChannelAccount CopyBot() => new(Bot.Id!, Bot.Name, RoleTypes.Bot);
}
