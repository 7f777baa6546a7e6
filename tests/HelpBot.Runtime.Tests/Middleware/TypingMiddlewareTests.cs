using HelpBot.Protocol.Models;
using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.Tests.TestDoubles;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Runtime.Tests.Middleware;

public sealed class TypingMiddlewareTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingActivitySender _sender = new();
    private readonly FakeLogger<TypingMiddleware> _logger = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task OnTurnAsync_SynchronousTurn_SendsNoTyping()
    {
        await CreateMiddleware().OnTurnAsync(CreateTurn(), _ => Task.CompletedTask, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task OnTurnAsync_FastTurn_SendsNoTyping()
    {
        var running = StartSlowTurn(CreateTurn());

        _time.Advance(TimeSpan.FromMilliseconds(399));
        _release.SetResult();
        await running;
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task OnTurnAsync_SlowTurn_SendsTyping()
    {
        var running = StartSlowTurn(CreateTurn());

        _time.Advance(TimeSpan.FromMilliseconds(400));
        await _sender.WaitForCountAsync(1);
        _release.SetResult();
        await running;

        var typing = Assert.Single(_sender.Sent);
        Assert.Equal(ActivityTypes.Typing, typing.Type);
        Assert.Equal("conv-1", typing.Conversation?.Id);
        Assert.Null(typing.ReplyToId);
    }

    [Fact]
    public async Task OnTurnAsync_LongTurn_RepeatsTyping()
    {
        var running = StartSlowTurn(CreateTurn());

        _time.Advance(TimeSpan.FromMilliseconds(400));
        await _sender.WaitForCountAsync(1);
        _time.Advance(TimeSpan.FromSeconds(3));
        await _sender.WaitForCountAsync(2);
        _time.Advance(TimeSpan.FromSeconds(3));
        await _sender.WaitForCountAsync(3);
        _release.SetResult();
        await running;
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(3, _sender.CountOfType(ActivityTypes.Typing));
    }

    [Theory]
    [InlineData(ActivityTypes.Invoke)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.Event)]
    public async Task OnTurnAsync_NonMessageActivity_SendsNoTyping(string type)
    {
        var running = StartSlowTurn(CreateTurn(type));

        _time.Advance(TimeSpan.FromSeconds(5));
        _release.SetResult();
        await running;

        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task OnTurnAsync_TypingFails_LogsOnce()
    {
        _sender.FailingTypes.Add(ActivityTypes.Typing);
        var running = StartSlowTurn(CreateTurn());

        _time.Advance(TimeSpan.FromMilliseconds(400));
        await WaitForLogAsync();
        _time.Advance(TimeSpan.FromSeconds(10));
        _release.SetResult();
        await running;

        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(1020, record.Id.Id);
    }

    [Fact]
    public async Task OnTurnAsync_TurnThrows_StopsTyping()
    {
        var turn = CreateTurn();
        var running = CreateMiddleware().OnTurnAsync(turn, async _ =>
        {
            await _release.Task;
            throw new InvalidOperationException("Turn failed in test.");
        }, CancellationToken.None);

        _time.Advance(TimeSpan.FromMilliseconds(400));
        await _sender.WaitForCountAsync(1);
        _release.SetResult();
        await Assert.ThrowsAsync<InvalidOperationException>(() => running);
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Single(_sender.Sent);
    }

    private TypingMiddleware CreateMiddleware() => new(Options.Create(new TypingOptions()), _time, _logger);

    private TurnContext CreateTurn(string type = ActivityTypes.Message) => new(TestActivities.Create(type), _sender);

    private Task StartSlowTurn(TurnContext turn) =>
        CreateMiddleware().OnTurnAsync(turn, _ => _release.Task, CancellationToken.None);

    private async Task WaitForLogAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (_logger.Collector.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
    }
}
