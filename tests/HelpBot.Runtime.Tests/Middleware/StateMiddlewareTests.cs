using System.Text;
using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Tests.TestDoubles;
using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Tests.Middleware;

public sealed class StateMiddlewareTests
{
    private const string ConversationKey = "test/conversations/conv-1";
    private const string UserKey = "test/users/user-1";

    private readonly MemoryStorage _inner = new();
    private readonly CountingStorage _storage;

    public StateMiddlewareTests() => _storage = new CountingStorage(_inner);

    [Fact]
    public async Task OnTurnAsync_BothChanged_ReadsAndWritesOnce()
    {
        await RunTurnAsync(turn =>
        {
            turn.State.Conversation.Root["step"] = 1;
            turn.State.User.Root["role"] = "navigator";
        });

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(1, _storage.Writes);
        Assert.Equal(2, _storage.LastWrite!.Count);
    }

    [Fact]
    public async Task OnTurnAsync_NewEmptyDocuments_WritesNothing()
    {
        await RunTurnAsync(_ => { });

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task OnTurnAsync_ExistingDocumentsUnchanged_WritesNothing()
    {
        await RunTurnAsync(turn =>
        {
            turn.State.Conversation.Root["step"] = 1;
            turn.State.User.Root["name"] = "Zoë \"quoted\" <b>";
        });

        await RunTurnAsync(turn => _ = turn.State.Conversation.Root["step"]);

        Assert.Equal(2, _storage.Reads);
        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationChanged_WritesItOnly()
    {
        await RunTurnAsync(turn =>
        {
            turn.State.Conversation.Root["step"] = 1;
            turn.State.User.Root["role"] = "navigator";
        });

        await RunTurnAsync(turn => turn.State.Conversation.Root["step"] = 2);

        Assert.Equal(2, _storage.Writes);
        Assert.Equal([ConversationKey], _storage.LastWrite!.Keys);
    }

    [Fact]
    public async Task OnTurnAsync_NextTurn_SeesSavedValues()
    {
        await RunTurnAsync(turn => turn.State.Conversation.Root["step"] = 3);
        var step = 0;

        await RunTurnAsync(turn => step = (int)turn.State.Conversation.Root["step"]!);

        Assert.Equal(3, step);
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_WritesNothing()
    {
        await RunTurnAsync(turn => turn.State.Conversation.Root["step"] = 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => RunTurnAsync(turn =>
        {
            turn.State.Conversation.Root["step"] = 2;
            throw new InvalidOperationException("Handler failed in test.");
        }));
        var stored = await _inner.ReadAsync([ConversationKey], CancellationToken.None);

        Assert.Equal(1, _storage.Writes);
        Assert.Equal("""{"step":1}""", Encoding.UTF8.GetString(stored[ConversationKey].Json.Span));
    }

    [Fact]
    public async Task OnTurnAsync_ConcurrentChange_Throws()
    {
        await RunTurnAsync(turn => turn.State.Conversation.Root["step"] = 1);

        var exception = await Assert.ThrowsAsync<StorageConcurrencyException>(() => RunTurnAsync(async turn =>
        {
            // Another instance writes the same conversation while this turn runs.
            await _inner.WriteAsync(
                new Dictionary<string, StoreItem> { [ConversationKey] = new(Encoding.UTF8.GetBytes("""{"step":9}"""), StoreItem.AnyETag) },
                CancellationToken.None);
            turn.State.Conversation.Root["step"] = 2;
        }));

        Assert.Equal(ConversationKey, exception.Key);
    }

    [Fact]
    public async Task OnTurnAsync_ClearedDocument_WritesEmptyObject()
    {
        await RunTurnAsync(turn => turn.State.Conversation.Root["step"] = 1);

        await RunTurnAsync(turn => turn.State.Conversation.Clear());
        var stored = await _inner.ReadAsync([ConversationKey], CancellationToken.None);

        Assert.Equal("{}", Encoding.UTF8.GetString(stored[ConversationKey].Json.Span));
    }

    [Fact]
    public async Task OnTurnAsync_LargeDocument_RoundTrips()
    {
        var large = new string('x', 200_000);
        await RunTurnAsync(turn => turn.State.Conversation.Root["draft"] = large);
        string? read = null;

        await RunTurnAsync(turn => read = (string?)turn.State.Conversation.Root["draft"]);

        Assert.Equal(large, read);
    }

    private Task RunTurnAsync(Action<ITurnContext> onTurn) =>
        RunTurnAsync(turn =>
        {
            onTurn(turn);
            return Task.CompletedTask;
        });

    private Task RunTurnAsync(Func<ITurnContext, Task> onTurn)
    {
        var middleware = new StateMiddleware(_storage);
        var turn = new TurnContext(TestActivities.Create(), new RecordingActivitySender());
        return middleware.OnTurnAsync(turn, _ => onTurn(turn), CancellationToken.None);
    }
}
