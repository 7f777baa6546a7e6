using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Tests.Turns;

public sealed class ConversationLockTests
{
    private readonly ConversationLock _lock = new();

    [Fact]
    public async Task AcquireAsync_FreeConversation_CompletesSynchronously()
    {
        var acquire = _lock.AcquireAsync("test", "conv-1", CancellationToken.None);

        Assert.True(acquire.IsCompleted);
        (await acquire).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_SameConversationHeld_WaitsForRelease()
    {
        var first = await _lock.AcquireAsync("test", "conv-1", CancellationToken.None);

        var second = _lock.AcquireAsync("test", "conv-1", CancellationToken.None).AsTask();
        await Task.Delay(50);
        var waitedWhileHeld = !second.IsCompleted;
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();

        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task AcquireAsync_OtherConversationHeld_DoesNotWait()
    {
        using var first = await _lock.AcquireAsync("test", "conv-1", CancellationToken.None);

        var other = _lock.AcquireAsync("test", "conv-2", CancellationToken.None);
        var sameIdOtherChannel = _lock.AcquireAsync("other-channel", "conv-1", CancellationToken.None);

        Assert.True(other.IsCompleted);
        Assert.True(sameIdOtherChannel.IsCompleted);
        (await other).Dispose();
        (await sameIdOtherChannel).Dispose();
    }

    [Fact]
    public async Task Dispose_LastLease_RemovesConversation()
    {
        var first = await _lock.AcquireAsync("test", "conv-1", CancellationToken.None);
        var second = _lock.AcquireAsync("test", "conv-1", CancellationToken.None).AsTask();
        var countWhileHeld = _lock.ActiveCount;

        first.Dispose();
        (await second).Dispose();

        Assert.Equal(1, countWhileHeld);
        Assert.Equal(0, _lock.ActiveCount);
    }

    [Fact]
    public async Task AcquireAsync_WaiterCancelled_LeavesNoEntry()
    {
        var first = await _lock.AcquireAsync("test", "conv-1", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var waiter = _lock.AcquireAsync("test", "conv-1", cancellation.Token).AsTask();

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        first.Dispose();
        var countAfterRelease = _lock.ActiveCount;
        var again = _lock.AcquireAsync("test", "conv-1", CancellationToken.None);

        Assert.Equal(0, countAfterRelease);
        Assert.True(again.IsCompleted);
        (await again).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_ManyConversations_LeavesNoEntries()
    {
        var turns = Enumerable.Range(0, 500).Select(i => Task.Run(async () =>
        {
            using var lease = await _lock.AcquireAsync("test", $"conv-{i % 37}", CancellationToken.None);
            await Task.Yield();
        }));

        await Task.WhenAll(turns);

        Assert.Equal(0, _lock.ActiveCount);
    }

    [Fact]
    public async Task AcquireAsync_SameConversationTurns_NeverOverlap()
    {
        var inside = 0;
        var maxInside = 0;

        var turns = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            using var lease = await _lock.AcquireAsync("test", "conv-1", CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            await Task.Delay(1);
            Interlocked.Decrement(ref inside);
        }));
        await Task.WhenAll(turns);

        Assert.Equal(1, maxInside);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
