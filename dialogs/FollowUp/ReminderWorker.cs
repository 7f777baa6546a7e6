using HelpBot.Domain.FollowUp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Sends due reminders and escalations: once at start-up, so what came due while the bot was down
/// goes out now, then every <see cref="FollowUpOptions.ScanInterval"/> on the injected clock. A
/// failed scan is logged and the next one runs as usual.
/// </summary>
public sealed class ReminderWorker(
    IFollowUpService followUp,
    IOptions<FollowUpOptions> options,
    TimeProvider timeProvider,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    /// <summary>Runs one scan; failures are logged, not thrown.</summary>
    /// <returns>The number of notices delivered, or 0 when the scan failed.</returns>
    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await followUp.SendDueAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ScanFailed(logger, exception);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ScanInterval;
        Log.WorkerStarted(logger, interval);
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            do
            {
                await ScanOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
