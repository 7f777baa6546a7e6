using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Deletes Direct Line conversations (activities and files) that have not changed for
/// <see cref="StorageOptions.ConversationRetention"/>, once at start-up and then every
/// <see cref="DirectLineOptions.CleanupInterval"/>.
/// </summary>
public sealed class DirectLineRetentionService(
    IDirectLineStore store,
    IOptions<StorageOptions> storageOptions,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<DirectLineRetentionService> logger) : BackgroundService
{
    /// <summary>Deletes the conversations past retention now; returns how many were deleted.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - storageOptions.Value.ConversationRetention;
        var deleted = await store.DeleteConversationsUpdatedBeforeAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            logger.DirectLineConversationsDeleted(deleted);
        }

        return deleted;
    }

    // The host cancels stoppingToken on a normal stop and when it is disposed after a failed start.
    // The loop then ends without an exception, because the host logs a canceled task that it did not
    // stop itself as a faulted background service (at Critical level).
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        try
        {
            do
            {
                await DeleteExpiredOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeleteExpiredOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DeleteExpiredAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.DirectLineCleanupFailed(error);
        }
    }
}
