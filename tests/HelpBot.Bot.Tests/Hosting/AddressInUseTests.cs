using System.Net;
using System.Net.Sockets;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>
/// The bot started on a loopback port that another process listens on, set with <c>--urls</c> or
/// <c>Kestrel:Endpoints</c>.
/// </summary>
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
    public async Task Process_KestrelEndpointInUse_ExitsWithLine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, [$"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{port}"]);

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(ListenAddressCheck.AddressInUseExitCode, exitCode);
        Assert.Equal(
            [$"Port {port} on 127.0.0.1 is already in use. Stop the other process or set Kestrel:Endpoints:Web:Url to http://127.0.0.1:<port>."],
            bot.ErrorLines);
        Assert.DoesNotContain("Exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("HelpBot web chat:", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_KestrelEndpointFree_ListensOnIt()
    {
        using var contentRoot = new TemporaryDirectory();
        var port = FindFreeLoopbackPort();
        using var bot = BotProcess.Start(contentRoot.Path, [$"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{port}"]);

        var page = await bot.WaitForPageAddressAsync();

        Assert.Equal($"http://127.0.0.1:{port}/", page);
        Assert.Empty(bot.ErrorLines);
    }

    [Fact]
    public async Task TestServer_ConfiguredPortInUse_Starts()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var factory = new HelpBotFactory(new Dictionary<string, string?> { ["urls"] = $"http://127.0.0.1:{port}" });
        using var client = factory.CreateClient();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void Read_KestrelEndpoints_ReplaceUrls()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:3978",
            ["Kestrel:Endpoints:Web:Url"] = "http://127.0.0.1:5000",
            ["Kestrel:Endpoints:Other:Protocols"] = "Http1",
        }).Build();

        var addresses = ListenAddress.Read(configuration);

        // Configuration lists the endpoints sorted by name.
        Assert.Equal([new ListenAddress("Kestrel:Endpoints:Other:Url", ""), new ListenAddress("Kestrel:Endpoints:Web:Url", "http://127.0.0.1:5000")], addresses);
    }

    [Fact]
    public void Read_Urls_SplitsAtSemicolons()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:3978; http://localhost:5000",
        }).Build();

        var addresses = ListenAddress.Read(configuration);

        Assert.Equal([new ListenAddress("urls", "http://127.0.0.1:3978"), new ListenAddress("urls", "http://localhost:5000")], addresses);
    }

    [Fact]
    public void Describe_KestrelBindError_NamesPort()
    {
        var error = BindError("http://127.0.0.1:3978");

        var line = ListenAddressCheck.Describe(error, [new("urls", "http://localhost:5000"), new("urls", "http://127.0.0.1:3978")]);

        Assert.Equal("Port 3978 on 127.0.0.1 is already in use. Stop the other process or set --urls http://127.0.0.1:<port>.", line);
    }

    [Fact]
    public void Describe_KestrelEndpoint_NamesItsKey()
    {
        var error = BindError("http://localhost:3978");

        var line = ListenAddressCheck.Describe(error, [new("Kestrel:Endpoints:Web:Url", "http://localhost:3978")]);

        Assert.Equal("Port 3978 on localhost is already in use. Stop the other process or set Kestrel:Endpoints:Web:Url to http://localhost:<port>.", line);
    }

    // Only the message is built here: nothing binds or connects to these addresses.
    [Theory]
    [InlineData("urls", "http://0.0.0.0:3978", "Port 3978 on 0.0.0.0 is already in use. Stop the other process or set --urls http://127.0.0.1:<port>.")]
    [InlineData("urls", "http://*:3978", "Port 3978 on * is already in use. Stop the other process or set --urls http://127.0.0.1:<port>.")]
    [InlineData("urls", "https://[::1]:3978", "Port 3978 on [::1] is already in use. Stop the other process or set --urls https://[::1]:<port>.")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://+:3978", "Port 3978 on + is already in use. Stop the other process or set Kestrel:Endpoints:Web:Url to http://127.0.0.1:<port>.")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://helpbot.example.org:3978", "Port 3978 on helpbot.example.org is already in use. Stop the other process or set Kestrel:Endpoints:Web:Url to http://127.0.0.1:<port>.")]
    public void Describe_NonLoopbackHost_SuggestsLoopback(string key, string url, string expected)
    {
        var line = ListenAddressCheck.Describe(BindError("http://[::]:3978"), [new(key, url)]);

        Assert.Equal(expected, line);
    }

    [Fact]
    public void Describe_SeveralEndpointsNoneNamed_NamesSection()
    {
        var line = ListenAddressCheck.Describe(
            BindError("http://[::]:3978"),
            [new("Kestrel:Endpoints:Web:Url", "http://127.0.0.1:3978"), new("Kestrel:Endpoints:Api:Url", "http://127.0.0.1:3979")]);

        Assert.Equal("An address HelpBot listens on is already in use. Stop the other process or set another port in each Url of Kestrel:Endpoints.", line);
    }

    [Fact]
    public void Describe_OtherIOException_ReturnsNull()
    {
        var line = ListenAddressCheck.Describe(new IOException("Disk full."), [new("urls", "http://127.0.0.1:3978")]);

        Assert.Null(line);
    }

    // Kestrel's error when a port is taken: the EndpointAlreadyInUse message of Kestrel.Core 10.0.
    private static IOException BindError(string address) => new(
        $"Failed to bind to address {address}: address already in use.",
        new Microsoft.AspNetCore.Connections.AddressInUseException("Address already in use"));

    // Another process can take the port before the bot binds it; the test then fails with exit code 69.
    private static int FindFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
