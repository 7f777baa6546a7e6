using HelpBot.Runtime.Diagnostics;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Runtime.Storage;

/// <summary>
/// Deletes conversation state, which can hold report drafts with personal data, once it has not
/// changed for <see cref="StorageOptions.ConversationRetention"/>. It runs at start-up and then
/// every <see cref="StorageOptions.PurgeInterval"/>. Storage that does not implement
/// <see cref="IPurgeableStorage"/> is left alone, with a warning at start-up.
/// </summary>
public sealed class ConversationRetentionService(
    IStorage storage,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationRetentionService> logger) : BackgroundService
{
    /// <summary>Deletes the conversation state that expired by now; failures are logged, not thrown.</summary>
    /// <returns>The number of deleted documents, or 0 when the purge failed.</returns>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        if (storage is not IPurgeableStorage purgeable)
        {
            return 0;
        }

        var updatedBefore = timeProvider.GetUtcNow() - options.Value.ConversationRetention;
        try
        {
            var count = await purgeable.PurgeConversationsAsync(updatedBefore, cancellationToken);
            logger.ConversationsPurged(count, updatedBefore);
            return count;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.ConversationPurgeFailed(RedactedException.Create(exception), updatedBefore);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not IPurgeableStorage)
        {
            logger.ConversationPurgeUnsupported(storage.GetType().Name);
            return;
        }

        var settings = options.Value;
        logger.ConversationPurgeStarted(settings.ConversationRetention, settings.PurgeInterval);
        using var timer = new PeriodicTimer(settings.PurgeInterval, timeProvider);
        try
        {
            do
            {
                await PurgeOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.ConversationPurgeStopped();
        }
    }
}
