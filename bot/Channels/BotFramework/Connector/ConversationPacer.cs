using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Keeps the bot under the channel's per-conversation send rate: a token bucket per conversation
/// that refills <see cref="BotFrameworkOptions.SendsPerSecondPerConversation"/> tokens every second.
/// Requests over the rate wait in arrival order instead of drawing 429 responses.
/// </summary>
public sealed class ConversationPacer : IAsyncDisposable
{
    private const int QueueLimit = 1000;

    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationPacer(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perSecond = options.Value.SendsPerSecondPerConversation;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Waits for a send slot of <paramref name="conversationId"/>; dispose the lease after the request.</summary>
    /// <exception cref="ConnectorException">More than 1000 requests of the conversation are already waiting.</exception>
    public async Task<RateLimitLease> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(conversationId, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new ConnectorException($"More than {QueueLimit} Connector requests of one conversation are waiting; the request was dropped.");
        }

        return lease;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
