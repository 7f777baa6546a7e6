using HelpBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HelpBot.Bot.Hosting;

/// <summary>Reports unhealthy when the Direct Line store (the SQLite file) cannot be read.</summary>
public sealed class DirectLineStoreHealthCheck(IDirectLineStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.GetConversationAsync("healthcheck-probe", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The Direct Line store cannot be read.", error);
        }
    }
}
