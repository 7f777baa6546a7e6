using Microsoft.IdentityModel.Protocols;

namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The cached signing keys of one metadata address. <see cref="ConfigurationManager{T}"/> fetches
/// them again after the automatic refresh interval, and <see cref="GetKeysAsync"/> requests a
/// refresh when a token names a key id the cache does not have (at most once per minute).
/// </summary>
public sealed class SigningKeySource
{
    // Keys can rotate at any time, but a stream of tokens with made-up key ids must not turn into
    // a stream of metadata requests.
    private static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ForcedRefreshPoll = TimeSpan.FromMilliseconds(20);

    private readonly ConfigurationManager<SigningKeySet> _manager;
    private readonly Lock _sync = new();
    private DateTime _lastForcedRefresh = DateTime.MinValue;

    public SigningKeySource(Uri metadataAddress, HttpClient httpClient, TimeSpan automaticRefreshInterval)
    {
        ArgumentNullException.ThrowIfNull(metadataAddress);
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !LoopbackServiceUrl.IsLoopback(metadataAddress) };
        _manager = new ConfigurationManager<SigningKeySet>(metadataAddress.AbsoluteUri, new SigningKeyRetriever(), retriever)
        {
            AutomaticRefreshInterval = automaticRefreshInterval,
            RefreshInterval = UnknownKeyRefreshInterval,
        };
    }

    /// <summary>Returns the current keys, refreshed first when <paramref name="keyId"/> is unknown.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be fetched and no earlier copy exists.</exception>
    public async Task<SigningKeySet> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var keys = await _manager.GetConfigurationAsync(cancellationToken);
        if (keyId is null || keys.Contains(keyId) || !TryStartForcedRefresh())
        {
            return keys;
        }

        // ConfigurationManager 8.x fetches a requested refresh in the background and meanwhile
        // returns the current copy, so the new copy is awaited for a short, bounded time.
        _manager.RequestRefresh();
        var deadline = DateTime.UtcNow + ForcedRefreshWait;
        var refreshed = await _manager.GetConfigurationAsync(cancellationToken);
        while (ReferenceEquals(refreshed, keys) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(ForcedRefreshPoll, cancellationToken);
            refreshed = await _manager.GetConfigurationAsync(cancellationToken);
        }

        return refreshed;
    }

    // The same gate as the manager's RefreshInterval, so only a request that really starts a
    // refresh waits for it.
    private bool TryStartForcedRefresh()
    {
        lock (_sync)
        {
            var now = DateTime.UtcNow;
            if (now - _lastForcedRefresh < UnknownKeyRefreshInterval)
            {
                return false;
            }

            _lastForcedRefresh = now;
            return true;
        }
    }
}
