using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.Tests.TestDoubles;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging.Testing;

namespace HelpBot.Runtime.Tests.Middleware;

public sealed class ConversationLockMiddlewareTests
{
    private readonly ConversationLock _lock = new();
    private readonly FakeLogger<ConversationLockMiddleware> _logger = new();
    private readonly RecordingActivitySender _sender = new();

    [Fact]
    public async Task OnTurnAsync_SameConversation_RunsInSequence()
    {
        var firstRelease = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = false;

        var first = RunAsync("conv-1", _ => firstRelease.Task);
        var second = RunAsync("conv-1", _ =>
        {
            secondStarted = true;
            return Task.CompletedTask;
        });
        await Task.Delay(50);
        var startedWhileFirstRan = secondStarted;
        firstRelease.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(startedWhileFirstRan);
        Assert.True(secondStarted);
        Assert.Equal(1021, Assert.Single(_logger.Collector.GetSnapshot()).Id.Id);
    }

    [Fact]
    public async Task OnTurnAsync_DifferentConversations_RunInParallel()
    {
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = 0;

        Task EnterAndWait(CancellationToken ct)
        {
            if (Interlocked.Increment(ref inside) == 2)
            {
                bothInside.SetResult();
            }

            return bothInside.Task;
        }

        var first = RunAsync("conv-1", EnterAndWait);
        var second = RunAsync("conv-2", EnterAndWait);

        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, inside);
        Assert.Equal(0, _lock.ActiveCount);
    }

    [Fact]
    public async Task OnTurnAsync_TurnThrows_ReleasesLock()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => RunAsync("conv-1", _ => throw new InvalidOperationException("Turn failed in test.")));

        Assert.Equal(0, _lock.ActiveCount);
        await RunAsync("conv-1", _ => Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(5));
    }

    private Task RunAsync(string conversationId, Func<CancellationToken, Task> next)
    {
        var middleware = new ConversationLockMiddleware(_lock, _logger);
        var turn = new TurnContext(TestActivities.Create(conversationId: conversationId), _sender);
        return middleware.OnTurnAsync(turn, next, CancellationToken.None);
    }
}
