using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>The retention service's loop when the host cancels it.</summary>
public sealed class DirectLineRetentionServiceTests
{
    [Fact]
    public async Task Dispose_WithoutStop_TaskCompletes()
    {
        var options = Options.Create(new DirectLineOptions());
        var store = new MemoryDirectLineStore(options, TimeProvider.System);
        await store.TryCreateConversationAsync("c1", "directline", CancellationToken.None);
        var logger = new FakeLogger<DirectLineRetentionService>();
        var service = new DirectLineRetentionService(
            store, Options.Create(new StorageOptions { ConversationRetention = TimeSpan.Zero }), options, TimeProvider.System, logger);
        await service.StartAsync(CancellationToken.None);

        // The first run deletes the conversation; the loop then waits for the next tick.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (logger.Collector.Count == 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        // A host that failed to start disposes its services without stopping them.
        service.Dispose();
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal("DirectLineConversationsDeleted", logger.LatestRecord.Id.Name);
    }
}
