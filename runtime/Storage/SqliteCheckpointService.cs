using HelpBot.Runtime.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Runtime.Storage;

/// <summary>
/// Truncates the SQLite WAL every <see cref="StorageOptions.CheckpointInterval"/>, so the older
/// copies of scrubbed or deleted values that WAL frames contain are gone after the next checkpoint
/// that finishes (one that a long read keeps busy is tried again at the next tick). It runs on its
/// own timer and never on the turn path. With <see cref="StorageProviders.Memory"/>
/// nothing is on disk and it does nothing.
/// </summary>
public sealed class SqliteCheckpointService(
    SqliteDatabase database,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    /// <summary>Checkpoints and truncates the WAL now; failures are logged, not thrown.</summary>
    /// <returns>True when the WAL was truncated or the file does not exist yet.</returns>
    public async Task<bool> CheckpointOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var finished = await database.CheckpointAsync(cancellationToken);
            if (!finished)
            {
                logger.SqliteCheckpointBusy();
            }

            return finished;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.SqliteCheckpointFailed(RedactedException.Create(exception));
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.Equals(settings.Provider, StorageProviders.Memory, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        logger.SqliteCheckpointStarted(settings.CheckpointInterval);
        using var timer = new PeriodicTimer(settings.CheckpointInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
