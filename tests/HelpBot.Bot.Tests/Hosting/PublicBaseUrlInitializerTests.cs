using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Tests.Hosting;

public sealed class PublicBaseUrlInitializerTests
{
    [Theory]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234")]
    [InlineData("http://127.0.0.1:3978/", "http://127.0.0.1:3978")]
    [InlineData("https://helpbot.example.org:8443", "https://helpbot.example.org:8443")]
    [InlineData("http://[::1]:5000", "http://[::1]:5000")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://+:80", "http://localhost")]
    [InlineData("http://*:5000", "http://localhost:5000")]
    public void ToPublicOrigin_ListeningAddress_ReturnsOrigin(string address, string expected)
    {
        Assert.Equal(expected, PublicBaseUrlInitializer.ToPublicOrigin([address]));
    }

    [Theory]
    [InlineData("unix:/tmp/helpbot.sock")]
    [InlineData("not an address")]
    public void ToPublicOrigin_NoHttpAddress_ReturnsNull(string address)
    {
        Assert.Null(PublicBaseUrlInitializer.ToPublicOrigin([address]));
    }

    [Fact]
    public void ToPublicOrigin_Empty_ReturnsNull()
    {
        Assert.Null(PublicBaseUrlInitializer.ToPublicOrigin([]));
    }

    [Fact]
    public void ToPublicOrigin_UnusableFirst_TakesNext()
    {
        Assert.Equal("http://127.0.0.1:5000", PublicBaseUrlInitializer.ToPublicOrigin(["unix:/tmp/helpbot.sock", "http://127.0.0.1:5000"]));
    }
}
