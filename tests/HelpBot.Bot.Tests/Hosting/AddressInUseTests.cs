using System.Net;
using System.Net.Sockets;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Tests.Infrastructure;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>The bot started on a loopback port that another process listens on.</summary>
public sealed class AddressInUseTests
{
    [Fact]
    public async Task Process_PortInUse_ExitsWithLine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, ["--urls", $"http://127.0.0.1:{port}"]);

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(ListenAddressCheck.AddressInUseExitCode, exitCode);
        Assert.Equal(
            [$"Port {port} on 127.0.0.1 is already in use. Stop the other process or set --urls http://127.0.0.1:<port>."],
            bot.ErrorLines);
        Assert.DoesNotContain("Exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("HelpBot web chat:", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_KestrelBindError_NamesPort()
    {
        var error = new IOException(
            "Failed to bind to address http://127.0.0.1:3978: address already in use.",
            new Microsoft.AspNetCore.Connections.AddressInUseException("Address already in use"));

        var line = ListenAddressCheck.Describe(error, ["http://localhost:5000", "http://127.0.0.1:3978"]);

        Assert.Equal("Port 3978 on 127.0.0.1 is already in use. Stop the other process or set --urls http://127.0.0.1:<port>.", line);
    }

    [Fact]
    public void Describe_OtherIOException_ReturnsNull()
    {
        var line = ListenAddressCheck.Describe(new IOException("Disk full."), ["http://127.0.0.1:3978"]);

        Assert.Null(line);
    }
}
