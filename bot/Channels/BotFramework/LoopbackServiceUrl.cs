using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// The one check that decides whether an address is loopback. <c>/api/messages</c> uses it on
/// serviceUrl before the turn, and the Connector client uses it again on every request URL and
/// every socket it opens, so no code path can send to another host.
/// </summary>
public static class LoopbackServiceUrl
{
    private const int MaxLength = 2048;

    /// <summary>
    /// Parses <paramref name="serviceUrl"/> and accepts it only when it is absolute http or https,
    /// has no user information, and its host is <c>localhost</c> or a loopback IP address
    /// (127.0.0.0/8, ::1, or an IPv4-mapped IPv6 loopback address). IP hosts are compared after
    /// <see cref="Uri"/> has normalized them, so decimal, hex or shortened forms are judged by the
    /// address they denote. Hosts that only start with a loopback address
    /// (<c>127.0.0.1.example.org</c>) are DNS names and are rejected.
    /// </summary>
    /// <param name="serviceUrl">The value to check.</param>
    /// <param name="uri">The parsed address; send only to this object, never to the original string.</param>
    public static bool TryParse(string? serviceUrl, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(serviceUrl) || serviceUrl.Length > MaxLength
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (!IsLoopback(parsed))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    /// <summary>Whether <paramref name="uri"/> is http or https to a loopback host, with no user information.</summary>
    public static bool IsLoopback(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0)
        {
            return false;
        }

        return uri.HostNameType switch
        {
            UriHostNameType.Dns => string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase),
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IsLoopback(address),
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="address"/> is a loopback address, also in its IPv4-mapped IPv6 form.</summary>
    public static bool IsLoopback(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }
}
