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

    /// <summary>Returns the addresses of the <c>urls</c> setting (<c>--urls</c>, <c>ASPNETCORE_URLS</c> or the default).</summary>
    public static IReadOnlyList<string> ReadUrls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
    }

    /// <summary>
    /// Binds a socket to each address with an IP address or <c>localhost</c> and a fixed port, as Kestrel
    /// does, and returns the line for the first one in use, or null.
    /// NOTE: another process can take the port between this check and Kestrel's bind, and endpoints of
    /// <c>Kestrel:Endpoints</c> are not checked; <see cref="Describe"/> covers both at start.
    /// </summary>
    public static string? FindAddressInUse(IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls)
        {
            if (IsInUse(BindingAddress.Parse(url)))
            {
                return Describe(url);
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the line for <paramref name="error"/> when Kestrel failed to bind because an address is in
    /// use, or null for any other error. The address is the one of <paramref name="urls"/> that the error
    /// names, or the only one configured.
    /// </summary>
    public static string? Describe(Exception error, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(urls);
        if (!IsAddressInUse(error))
        {
            return null;
        }

        var url = urls.FirstOrDefault(candidate => error.Message.Contains(candidate.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            ?? (urls.Count == 1 ? urls[0] : null);
        return url is null
            ? "An address HelpBot listens on is already in use. Stop the other process or set --urls http://127.0.0.1:<port>."
            : Describe(url);
    }

    private static string Describe(string url)
    {
        var address = BindingAddress.Parse(url);
        return $"Port {address.Port} on {address.Host} is already in use. Stop the other process or set --urls {address.Scheme}://{address.Host}:<port>.";
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
