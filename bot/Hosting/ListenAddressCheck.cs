using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Finds a configured listening address that another process already uses, and describes it in one
/// line for standard error that names the port and how to choose another one.
/// </summary>
public static class ListenAddressCheck
{
    /// <summary>
    /// Exit code of a bot that did not start because its address is in use: EX_UNAVAILABLE, the
    /// "service unavailable" code of BSD's sysexits.h.
    /// </summary>
    public const int AddressInUseExitCode = 69;

    private const string DefaultLoopbackHost = "127.0.0.1";

    /// <summary>
    /// Binds a socket to each address with an IP address or <c>localhost</c> and a fixed port, as Kestrel
    /// does, and returns the line for the first one in use, or null. Invalid addresses are skipped,
    /// because the settings check reports them first.
    /// NOTE: another process can take the port between this check and Kestrel's bind, and an address
    /// with a host name or a wildcard host (<c>*</c>, <c>+</c>) is not checked. The line of
    /// <see cref="Describe(Exception, IReadOnlyList{ListenAddress})"/> covers both at start.
    /// </summary>
    public static string? FindAddressInUse(IReadOnlyList<ListenAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            if (address.TryParse() is { } binding && IsInUse(binding))
            {
                return Describe(address, binding);
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the line for <paramref name="error"/> when Kestrel failed to bind because an address is in
    /// use, or null for any other error. The address is the one of <paramref name="addresses"/> that the
    /// error names, or the only one configured.
    /// </summary>
    public static string? Describe(Exception error, IReadOnlyList<ListenAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(addresses);
        if (!IsAddressInUse(error))
        {
            return null;
        }

        var address = addresses.FirstOrDefault(candidate => error.Message.Contains(candidate.Url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            ?? (addresses.Count == 1 ? addresses[0] : null);
        if (address?.TryParse() is { } binding)
        {
            return Describe(address, binding);
        }

        return addresses.All(candidate => candidate.IsFromUrls)
            ? $"An address HelpBot listens on is already in use. Stop the other process or set --urls http://{DefaultLoopbackHost}:<port>."
            : $"An address HelpBot listens on is already in use. Stop the other process or set another port in each Url of {ListenAddress.EndpointsKey}.";
    }

    // Names the setting the address comes from: --urls, or the endpoint's key of Kestrel:Endpoints.
    private static string Describe(ListenAddress address, BindingAddress binding)
    {
        var example = $"{binding.Scheme}://{ToLoopbackHost(binding.Host)}:<port>";
        var setting = address.IsFromUrls ? $"--urls {example}" : $"{address.Key} to {example}";
        return $"Port {binding.Port} on {binding.Host} is already in use. Stop the other process or set {setting}.";
    }

    // The suggested address keeps a loopback host and replaces any other host, wildcards included,
    // so the message never suggests listening on an address other machines can reach.
    private static string ToLoopbackHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip) ? host : DefaultLoopbackHost;
    }

    private static bool IsInUse(BindingAddress address)
    {
        var ip = string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(address.Host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (ip is null || address.Port == 0)
        {
            return false;
        }

        using var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);

        // With SO_REUSEADDR, a port whose old connections are in TIME_WAIT counts as free, as it does for
        // Kestrel on Linux and macOS. A port that another socket listens on still fails to bind.
        if (!OperatingSystem.IsWindows())
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        }

        try
        {
            socket.Bind(new IPEndPoint(ip, address.Port));
            return false;
        }
        catch (SocketException error) when (error.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
    }

    private static bool IsAddressInUse(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is AddressInUseException)
            {
                return true;
            }
        }

        return false;
    }
}
