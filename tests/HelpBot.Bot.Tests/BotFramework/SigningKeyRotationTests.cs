using System.Net;
using HelpBot.Bot.Tests.Infrastructure;

namespace HelpBot.Bot.Tests.BotFramework;

public sealed class SigningKeyRotationTests : IAsyncLifetime, IDisposable
{
    private TestIdentityServer _identity = null!;
    private MockConnector _connector = null!;
    private HelpBotFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityServer.StartAsync();
        _connector = await MockConnector.StartAsync();
        _factory = SecuredBotFixture.CreateFactory(_identity, _connector, new FakeBotTokenProvider());
    }

    public void Dispose() => _factory.Dispose();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Post_RotatedKey_Accepted()
    {
        var original = _identity.AddBotConnectorKey("bf-key-original", "msteams");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(original));
        var rotated = _identity.AddBotConnectorKey("bf-key-rotated", "msteams");

        var status = await PostAsync(rotated);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, _identity.Requests.GetValueOrDefault("/botframework/v1/keys"));
    }

    [Fact]
    public async Task Post_ManyUnknownKeys_FetchesKeysOnceMore()
    {
        var original = _identity.AddBotConnectorKey("bf-key-original", "msteams");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(original));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(TestIdentityServer.CreateKey($"made-up-{i}")));
        }

        Assert.Equal(2, _identity.Requests.GetValueOrDefault("/botframework/v1/keys"));
    }

    private async Task<HttpStatusCode> PostAsync(Microsoft.IdentityModel.Tokens.SecurityKey key)
    {
        var activity = BotFrameworkActivities.CreateMessage(_connector.BaseAddress, "hi", $"a:rotation-{Guid.NewGuid():N}");
        using var request = BotFrameworkActivities.CreateRequest(activity, $"Bearer {TestTokens.Create(key, serviceUrl: activity.ServiceUrl)}");
        using var response = await _factory.CreateClient().SendAsync(request);
        return response.StatusCode;
    }
}
