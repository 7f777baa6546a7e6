using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Decides whether the bot's token may be sent to a serviceUrl. The host must end with one of the
/// built-in suffixes or a <c>BotFramework:TrustedServiceUrlHosts</c> entry (at a label boundary, so
/// <c>evilbotframework.com</c> does not match), or equal a configured <c>host:port</c> entry. The
/// scheme must be https; http is accepted only for a loopback host listed explicitly.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly string[] _suffixes;
    private readonly HashSet<string> _hostPorts;

    public TrustedServiceUrls(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var extras = options.Value.TrustedServiceUrlHosts.Select(entry => entry.Trim().TrimStart('.')).Where(entry => entry.Length > 0).ToList();
        _hostPorts = extras.Where(entry => entry.Contains(':', StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _suffixes = [.. BotFrameworkEndpoints.TrustedServiceUrlSuffixes, .. extras.Where(entry => !entry.Contains(':', StringComparison.Ordinal))];
    }

    /// <summary>Whether <paramref name="serviceUrl"/> may receive the bot's token.</summary>
    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.UserInfo.Length > 0)
        {
            return false;
        }

        var host = serviceUrl.IdnHost;
        if (_hostPorts.Contains($"{host}:{serviceUrl.Port}"))
        {
            return serviceUrl.Scheme == Uri.UriSchemeHttps || (serviceUrl.Scheme == Uri.UriSchemeHttp && LoopbackServiceUrl.IsLoopback(serviceUrl));
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps && _suffixes.Any(suffix => MatchesSuffix(host, suffix));
    }

    private static bool MatchesSuffix(string host, string suffix) =>
        string.Equals(host, suffix, StringComparison.OrdinalIgnoreCase)
        || (host.Length > suffix.Length
            && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && host[host.Length - suffix.Length - 1] == '.');
}
