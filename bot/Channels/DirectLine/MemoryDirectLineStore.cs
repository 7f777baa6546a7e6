using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// In-process Direct Line store for tests and runs with the memory storage provider. Activities are
/// kept as JSON, so readers never share objects with writers; nothing survives a restart.
/// </summary>
public sealed class MemoryDirectLineStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider) : IDirectLineStore
{
    private readonly Dictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly int _maxActivities = options.Value.MaxActivitiesPerConversation;

    public Task<bool> TryCreateConversationAsync(string conversationId, string channelId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            return Task.FromResult(_conversations.TryAdd(conversationId, new Entry(channelId, now) { UpdatedAt = now }));
        }
    }

    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var conversation = _conversations.TryGetValue(conversationId, out var entry)
                ? new DirectLineConversation(conversationId, entry.ChannelId, entry.CreatedAt, entry.UpdatedAt, entry.LastSequence)
                : null;
            return Task.FromResult(conversation);
        }
    }

    public Task<long> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            var entry = GetEntry(conversationId);
            var sequence = entry.LastSequence + 1;
            entry.UpdatedAt = ActivityOrder.NextTimestamp(timeProvider.GetUtcNow(), entry.UpdatedAt);
            activity.Id = DirectLineIds.ActivityId(conversationId, sequence);
            ActivityOrder.Apply(activity, sequence, entry.UpdatedAt);
            entry.Activities.Add((sequence, JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity)));
            entry.LastSequence = sequence;
            if (entry.Activities.Count > _maxActivities)
            {
                entry.Activities.RemoveRange(0, entry.Activities.Count - _maxActivities);
            }

            return Task.FromResult(sequence);
        }
    }

    public Task<bool> ReplaceAsync(string conversationId, long sequence, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var entry))
            {
                return Task.FromResult(false);
            }

            var index = entry.Activities.FindIndex(item => item.Sequence == sequence);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            entry.Activities[index] = (sequence, json);
            return Task.FromResult(true);
        }
    }

    public Task<ActivityPage> ReadAfterAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        List<(long Sequence, byte[] Json)> selected;
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var entry))
            {
                return Task.FromResult(new ActivityPage([], afterSequence));
            }

            selected = [.. entry.Activities.Where(item => item.Sequence > afterSequence).Take(maxCount)];
        }

        var activities = selected.ConvertAll(item => JsonSerializer.Deserialize(item.Json, ProtocolJsonContext.Default.Activity)!);
        var last = selected.Count > 0 ? selected[^1].Sequence : afterSequence;
        return Task.FromResult(new ActivityPage(activities, last));
    }

    public Task SaveAttachmentsAsync(IReadOnlyList<StoredAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        lock (_lock)
        {
            foreach (var attachment in attachments)
            {
                GetEntry(attachment.ConversationId).Attachments[attachment.Id] = attachment;
            }
        }

        return Task.CompletedTask;
    }

    public Task<StoredAttachment?> GetAttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var attachment = _conversations.TryGetValue(conversationId, out var entry)
                ? entry.Attachments.GetValueOrDefault(attachmentId)
                : null;
            return Task.FromResult(attachment);
        }
    }

    public Task<int> DeleteConversationsUpdatedBeforeAsync(DateTimeOffset updatedBefore, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var expired = _conversations.Where(pair => pair.Value.UpdatedAt < updatedBefore).Select(pair => pair.Key).ToList();
            expired.ForEach(id => _conversations.Remove(id));
            return Task.FromResult(expired.Count);
        }
    }

    private Entry GetEntry(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var entry)
            ? entry
            : throw new KeyNotFoundException($"Direct Line conversation {conversationId} does not exist.");

    private sealed class Entry(string channelId, DateTimeOffset createdAt)
    {
        public string ChannelId { get; } = channelId;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public DateTimeOffset UpdatedAt { get; set; }

        public long LastSequence { get; set; }

        public List<(long Sequence, byte[] Json)> Activities { get; } = [];

        public Dictionary<string, StoredAttachment> Attachments { get; } = new(StringComparer.Ordinal);
    }
}
