using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Keeps each Direct Line conversation's activity log and uploads, so clients can page through
/// it by watermark and reconnect after a restart.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Creates the conversation; returns false when it exists already.</summary>
    Task<bool> TryCreateConversationAsync(string conversationId, string channelId, CancellationToken cancellationToken);

    /// <summary>Returns the conversation, or null when it does not exist.</summary>
    Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Gives <paramref name="activity"/> the next sequence number, its id
    /// (<see cref="DirectLineIds.ActivityId"/>) and its order hints (<see cref="ActivityOrder"/>: a timestamp
    /// later than the previous activity's and the Web Chat sequence id), stores it, and deletes the oldest activities
    /// past the per-conversation limit.
    /// </summary>
    /// <returns>The activity's sequence number.</returns>
    /// <exception cref="KeyNotFoundException">The conversation does not exist.</exception>
    Task<long> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the stored activity at <paramref name="sequence"/> with <paramref name="activity"/>, which
    /// keeps its id. Returns false when that activity is no longer stored.
    /// </summary>
    Task<bool> ReplaceAsync(string conversationId, long sequence, Activity activity, CancellationToken cancellationToken);

    /// <summary>Returns up to <paramref name="maxCount"/> activities with a sequence number above <paramref name="afterSequence"/>, oldest first.</summary>
    Task<ActivityPage> ReadAfterAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>Stores uploaded files.</summary>
    Task SaveAttachmentsAsync(IReadOnlyList<StoredAttachment> attachments, CancellationToken cancellationToken);

    /// <summary>Returns an uploaded file, or null when the conversation has none with that id.</summary>
    Task<StoredAttachment?> GetAttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken);

    /// <summary>Deletes conversations, with their activities and files, that have not changed since <paramref name="updatedBefore"/>.</summary>
    /// <returns>The number of deleted conversations.</returns>
    Task<int> DeleteConversationsUpdatedBeforeAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken);
}
