using HelpBot.Bot.Channels.BotFramework;

namespace HelpBot.Bot.Tests.BotFramework;

public sealed class LoopbackServiceUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("https://127.0.0.1/", true)]
    [InlineData("http://127.5.6.7:80/path/", true)]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://LOCALHOST/", true)]
    [InlineData("http://[::1]:8080/", true)]
    [InlineData("http://[::ffff:127.0.0.1]/", true)]
    [InlineData("http://2130706433/", true)]
    [InlineData("http://127.0.0.1.evil.example/", false)]
    [InlineData("http://localhost.evil.example/", false)]
    [InlineData("http://evil.example/?x=127.0.0.1", false)]
    [InlineData("http://127.0.0.1@evil.example/", false)]
    [InlineData("http://user:pass@127.0.0.1/", false)]
    [InlineData("http://[::ffff:10.0.0.1]/", false)]
    [InlineData("http://167772161/", false)]
    [InlineData("http://0x0a000001/", false)]
    [InlineData("http://0.0.0.0/", false)]
    [InlineData("http://10.0.0.5/", false)]
    [InlineData("http://192.168.1.10/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("ftp://127.0.0.1/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//127.0.0.1/", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("http://localhost./", false)]
    [InlineData("http://[fe80::1%25eth0]/", false)]
    public void TryParse_ServiceUrl_AcceptsOnlyLoopback(string? serviceUrl, bool expected)
    {
        var accepted = LoopbackServiceUrl.TryParse(serviceUrl, out var uri);

        Assert.Equal(expected, accepted);
        Assert.Equal(expected, uri is not null);
    }

    [Fact]
    public void TryParse_DecimalLoopback_ReturnsNormalizedHost()
    {
        var accepted = LoopbackServiceUrl.TryParse("http://2130706433:5000/", out var uri);

        Assert.True(accepted);
        Assert.Equal("127.0.0.1", uri!.Host);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5/", "a:1;messageid=2@thread.tacv2", "f:9|x", "http://127.0.0.1:5/v3/conversations/a%3A1%3Bmessageid%3D2%40thread.tacv2/activities/f%3A9%7Cx")]
    [InlineData("http://127.0.0.1:5/_connector", "c1", null, "http://127.0.0.1:5/_connector/v3/conversations/c1/activities")]
    [InlineData("http://127.0.0.1:5/_connector/", "c 1", "", "http://127.0.0.1:5/_connector/v3/conversations/c%201/activities")]
    public void BuildActivitiesUri_Ids_AreEncoded(string serviceUrl, string conversationId, string? replyToId, string expected)
    {
        var uri = ConnectorClient.BuildActivitiesUri(new Uri(serviceUrl), conversationId, replyToId);

        Assert.Equal(expected, uri.AbsoluteUri);
    }
}
