using System.Buffers;
using System.Text.Json;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Middleware;

/// <summary>
/// Reads the conversation and user state in one storage call before the turn and writes the
/// changed documents in one call after it. A turn that throws writes nothing, so the user's
/// answers stay as they were before the failed turn.
/// </summary>
/// <remarks>
/// A document is written only when its JSON differs from what was read, and a document that did
/// not exist is written only when the turn put a value in it. A write whose ETag no longer matches
/// throws <see cref="StorageConcurrencyException"/>, which <see cref="ErrorHandlerMiddleware"/> reports.
/// </remarks>
public sealed class StateMiddleware(IStorage storage) : IMiddleware
{
    // Buffers above this size are dropped after use, so one large document does not stay pinned per thread.
    private const int MaxRetainedBufferBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var channelId = activity.ChannelId ?? StateKeys.UnknownId;
        var conversationKey = StateKeys.Conversation(channelId, activity.Conversation?.Id ?? StateKeys.UnknownId);
        var userKey = StateKeys.User(channelId, activity.From?.Id ?? StateKeys.UnknownId);

        var conversation = turn.State.Conversation;
        var user = turn.State.User;
        var items = await storage.ReadAsync([conversationKey, userKey], cancellationToken);
        conversation.Load(conversationKey, items.GetValueOrDefault(conversationKey));
        user.Load(userKey, items.GetValueOrDefault(userKey));

        await next(cancellationToken);

        var conversationChange = GetChange(conversation);
        var userChange = GetChange(user);
        if (conversationChange is null && userChange is null)
        {
            return;
        }

        var changes = new Dictionary<string, StoreItem>(2, StringComparer.Ordinal);
        AddChange(changes, conversation, conversationChange);
        AddChange(changes, user, userChange);

        var etags = await storage.WriteAsync(changes, cancellationToken);
        UpdateETag(conversation, etags);
        UpdateETag(user, etags);
    }

    /// <summary>Returns the item to write for <paramref name="scope"/>, or null when it is unchanged.</summary>
    private static StoreItem? GetChange(StateScope scope)
    {
        if (scope.ETag is null && scope.IsEmpty)
        {
            return null;
        }

        // Serialization is synchronous, so the thread-static buffer cannot be used by two turns at once.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        try
        {
            writer.Reset(buffer);
            scope.WriteTo(writer);
            writer.Flush();

            var json = buffer.WrittenSpan;
            if (scope.ETag is not null && json.SequenceEqual(scope.LoadedJson.Span))
            {
                return null;
            }

            return new StoreItem(json.ToArray(), scope.ETag);
        }
        finally
        {
            ReleaseBuffer(buffer);
        }
    }

    private static void ReleaseBuffer(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity > MaxRetainedBufferBytes)
        {
            t_buffer = null;
            t_writer = null;
            return;
        }

        buffer.ResetWrittenCount();
    }

    private static void AddChange(Dictionary<string, StoreItem> changes, StateScope scope, StoreItem? change)
    {
        if (change is not null)
        {
            changes[scope.StorageKey] = change;
        }
    }

    private static void UpdateETag(StateScope scope, IReadOnlyDictionary<string, string> etags)
    {
        if (etags.TryGetValue(scope.StorageKey, out var etag))
        {
            scope.ETag = etag;
        }
    }
}
