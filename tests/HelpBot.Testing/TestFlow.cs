using System.Text.Json.Nodes;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;

namespace HelpBot.Testing;

/// <summary>
/// A fluent conversation test. Each call adds a step; <see cref="StartTestAsync"/> runs them in
/// order. Every turn runs through a real <see cref="TurnPipeline"/> with
/// <see cref="StateMiddleware"/> over the given storage, so state goes through JSON on every
/// turn exactly as in production.
/// </summary>
/// <example>
/// <code>
/// await new TestFlow(() => new DialogManager(CreateDialogs(), "main"))
///     .Send("hi")
///     .AssertReply("Which system?")
///     .Send("1")
///     .AssertReplyContains("PEAK")
///     .StartTestAsync();
/// </code>
/// </example>
public sealed class TestFlow
{
    private readonly Func<ITurnHandler> _createHandler;
    private readonly Func<IEnumerable<IMiddleware>> _createMiddleware;
    private readonly List<Func<CancellationToken, Task>> _steps = [];
    private TurnPipeline? _pipeline;

    /// <param name="createHandler">Creates the bot's turn handler; called again on <see cref="Restart"/>.</param>
    /// <param name="storage">State storage shared by every pipeline of this flow; a new <see cref="MemoryStorage"/> when null.</param>
    /// <param name="adapter">The test channel; a new <see cref="TestAdapter"/> when null.</param>
    /// <param name="createMiddleware">Middleware to run after <see cref="StateMiddleware"/>; none when null.</param>
    public TestFlow(Func<ITurnHandler> createHandler, IStorage? storage = null, TestAdapter? adapter = null, Func<IEnumerable<IMiddleware>>? createMiddleware = null)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        _createHandler = createHandler;
        _createMiddleware = createMiddleware ?? (() => []);
        Storage = storage ?? new MemoryStorage();
        Adapter = adapter ?? new TestAdapter();
    }

    public IStorage Storage { get; }

    public TestAdapter Adapter { get; }

    /// <summary>Sends a text message from the user.</summary>
    public TestFlow Send(string text) => Send(() => Adapter.MakeMessage(text));

    /// <summary>Sends <paramref name="activity"/>, with empty addressing fields filled by the adapter.</summary>
    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Send(() => Adapter.Address(activity));
    }

    /// <summary>Sends a card submit: a message whose <c>value</c> is <paramref name="value"/>.</summary>
    public TestFlow SendValue(JsonNode value) => Send(() => Adapter.MakeValueMessage(value));

    /// <summary>Sends a card submit whose <c>value</c> is the JSON object in <paramref name="json"/>.</summary>
    public TestFlow SendValue(string json) => SendValue(JsonNode.Parse(json) ?? throw new ArgumentException("The value JSON is null.", nameof(json)));

    /// <summary>Sends a conversation update that adds the user and the bot.</summary>
    public TestFlow SendConversationUpdate() => Send(Adapter.MakeConversationUpdate);

    /// <summary>Takes the next reply and checks that its text equals <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) => AssertReplySatisfies(reply =>
    {
        if (reply.Text != expected)
        {
            throw new TestFlowAssertionException($"Expected the reply '{expected}' but got '{reply.Text}'.");
        }
    });

    /// <summary>Takes the next reply and checks that its text contains <paramref name="expected"/> (ordinal).</summary>
    public TestFlow AssertReplyContains(string expected) => AssertReplySatisfies(reply =>
    {
        if (reply.Text is null || !reply.Text.Contains(expected, StringComparison.Ordinal))
        {
            throw new TestFlowAssertionException($"Expected a reply containing '{expected}' but got '{reply.Text}'.");
        }
    });

    /// <summary>Takes the next reply and runs <paramref name="check"/> on it; the check throws to fail.</summary>
    public TestFlow AssertReplySatisfies(Action<Activity> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _steps.Add(_ =>
        {
            var reply = Adapter.TakeReply() ?? throw new TestFlowAssertionException("Expected a reply but the bot sent none.");
            check(reply);
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Checks that no reply is waiting to be taken at this point.</summary>
    public TestFlow AssertNoReply() => AddCheck(() =>
    {
        if (Adapter.PendingReplies.Count > 0)
        {
            throw new TestFlowAssertionException($"Expected no reply but the bot sent {Adapter.PendingReplies.Count}; the first is '{Adapter.PendingReplies.First().Text}'.");
        }
    });

    /// <summary>Checks that every reply has been taken; put it last to catch unexpected replies.</summary>
    public TestFlow AssertNoMoreReplies() => AssertNoReply();

    /// <summary>Runs <paramref name="action"/> at this point, for checks on storage or other state.</summary>
    public TestFlow Do(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _steps.Add(_ => action());
        return this;
    }

    /// <summary>
    /// Simulates a restart of the bot: the next turn runs on a new pipeline and a new handler from
    /// the factory, over the same storage, so only what was persisted survives.
    /// </summary>
    public TestFlow Restart() => AddCheck(() => _pipeline = null);

    /// <summary>Runs every step in order.</summary>
    /// <exception cref="TestFlowAssertionException">A reply was not what a step expected.</exception>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps)
        {
            await step(cancellationToken);
        }
    }

    private TestFlow Send(Func<Activity> createActivity)
    {
        _steps.Add(async cancellationToken =>
        {
            _pipeline ??= new TurnPipeline([new StateMiddleware(Storage), .. _createMiddleware()], _createHandler());
            await _pipeline.ProcessAsync(createActivity(), Adapter, cancellationToken);
        });
        return this;
    }

    private TestFlow AddCheck(Action check)
    {
        _steps.Add(_ =>
        {
            check();
            return Task.CompletedTask;
        });
        return this;
    }
}
