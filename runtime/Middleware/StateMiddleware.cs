using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Middleware;

/// <summary>
/// Reads the conversation and user state in one storage call before the turn and writes the
/// changed documents in one call after it. A turn that throws writes nothing, so the user's
/// answers stay as they were before the failed turn.
/// </summary>
public sealed class StateMiddleware(IStorage storage) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var channelId = activity.ChannelId ?? "unknown";
        var conversationKey = StateKeys.Conversation(channelId, activity.Conversation?.Id ?? "unknown");
        var userKey = StateKeys.User(channelId, activity.From?.Id ?? "unknown");

        var items = await storage.ReadAsync([conversationKey, userKey], cancellationToken);
        var scopes = new[] { turn.State.Conversation, turn.State.User };
        scopes[0].Load(conversationKey, items.GetValueOrDefault(conversationKey));
        scopes[1].Load(userKey, items.GetValueOrDefault(userKey));

        await next(cancellationToken);

        var changes = new Dictionary<string, StoreItem>(2, StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            AddIfChanged(scope, changes);
        }

        if (changes.Count == 0)
        {
            return;
        }

        var etags = await storage.WriteAsync(changes, cancellationToken);
        foreach (var scope in scopes)
        {
            if (etags.TryGetValue(scope.StorageKey, out var etag))
            {
                scope.ETag = etag;
            }
        }
    }

    private static void AddIfChanged(StateScope scope, Dictionary<string, StoreItem> changes)
    {
        var json = scope.ToUtf8Json();
        if (scope.ETag is not null && json.AsSpan().SequenceEqual(scope.LoadedJson.Span))
        {
            return;
        }

        changes[scope.StorageKey] = new StoreItem(json, scope.ETag);
    }
}
