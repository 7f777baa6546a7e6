using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// An address Kestrel listens on, with the configuration key it comes from: <c>urls</c> or the
/// <c>Url</c> of an endpoint of <c>Kestrel:Endpoints</c>.
/// </summary>
public sealed record ListenAddress(string Key, string Url)
{
    /// <summary>Configuration key of <c>--urls</c> and <c>ASPNETCORE_URLS</c>, a list separated by semicolons.</summary>
    public const string UrlsKey = "urls";

    /// <summary>Configuration section of Kestrel's named endpoints, each with a <c>Url</c>.</summary>
    public const string EndpointsKey = "Kestrel:Endpoints";

    /// <summary>Whether the address comes from <c>urls</c> rather than from <c>Kestrel:Endpoints</c>.</summary>
    public bool IsFromUrls => Key == UrlsKey;

    /// <summary>
    /// Reads the addresses Kestrel binds: the <c>Url</c> of each endpoint of <c>Kestrel:Endpoints</c>
    /// when there is one, because Kestrel then ignores <c>urls</c>, and otherwise each address of
    /// <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c> or the default). An endpoint without a
    /// <c>Url</c> is read with an empty one.
    /// </summary>
    public static IReadOnlyList<ListenAddress> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection(EndpointsKey).GetChildren().ToList();
        if (endpoints.Count > 0)
        {
            return [.. endpoints.Select(endpoint => new ListenAddress($"{endpoint.Path}:Url", endpoint["Url"] ?? ""))];
        }

        var urls = configuration[UrlsKey]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return [.. urls.Select(url => new ListenAddress(UrlsKey, url))];
    }

    /// <summary>
    /// Reads the addresses as <see cref="Read"/> does when <paramref name="server"/> is Kestrel, and
    /// returns none for another server, such as the test server of WebApplicationFactory, which binds
    /// no port.
    /// </summary>
    public static IReadOnlyList<ListenAddress> ReadFor(IServer server, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.GetType().Assembly == typeof(KestrelServerOptions).Assembly ? Read(configuration) : [];
    }

    /// <summary>
    /// Parses <see cref="Url"/> as Kestrel does, or returns null when Kestrel cannot listen on it: a
    /// scheme other than http or https, a path, a host that is not a host name, an IP address,
    /// <c>*</c> or <c>+</c>, or a port outside 0-65535. A Unix socket or named pipe address is valid.
    /// </summary>
    public BindingAddress? TryParse()
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(Url);
        }
        catch (FormatException)
        {
            return null;
        }

        var isHttp = string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase)
            || string.Equals(address.Scheme, "https", StringComparison.OrdinalIgnoreCase);
        if (!isHttp || address.PathBase.Length > 0)
        {
            return null;
        }

        if (address.IsUnixPipe || address.IsNamedPipe)
        {
            return address;
        }

        return IsValidHost(address.Host) && address.Port is >= IPEndPoint.MinPort and <= IPEndPoint.MaxPort ? address : null;
    }

    // BindingAddress.Parse takes everything between "://" and the last colon as the host, so
    // "http://127.0.0.1:abc" parses with the host "127.0.0.1:abc" on port 80.
    private static bool IsValidHost(string host)
    {
        if (host is "*" or "+")
        {
            return true;
        }

        var bare = host.Length > 2 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
        return Uri.CheckHostName(bare) != UriHostNameType.Unknown;
    }
}
