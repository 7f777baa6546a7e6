using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Tests.BotFramework;

/// <summary>
/// The bot with an app id (single-tenant), its metadata pointed at a loopback identity server, a
/// mock Connector whose host and port are trusted, and a fake token provider in place of MSAL.
/// </summary>
public sealed class SecuredBotFixture : IAsyncLifetime
{
    public const string TeamsKeyId = "bf-key-teams";
    public const string EmulatorKeyId = "bf-key-emulator";
    public const string EntraKeyId = "entra-key-1";

    internal TestIdentityServer Identity { get; private set; } = null!;

    internal MockConnector Connector { get; private set; } = null!;

    /// <summary>A second Connector whose host and port are not in the trusted list.</summary>
    internal MockConnector UntrustedConnector { get; private set; } = null!;

    internal HelpBotFactory Factory { get; private set; } = null!;

    internal FakeBotTokenProvider TokenProvider { get; } = new();

    public SecurityKey TeamsKey { get; private set; } = null!;

    public SecurityKey EmulatorKey { get; private set; } = null!;

    public SecurityKey EntraKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await TestIdentityServer.StartAsync();
        Connector = await MockConnector.StartAsync();
        UntrustedConnector = await MockConnector.StartAsync();
        TeamsKey = Identity.AddBotConnectorKey(TeamsKeyId, "msteams", "webchat");
        EmulatorKey = Identity.AddBotConnectorKey(EmulatorKeyId, "emulator");
        EntraKey = Identity.AddEntraKey(EntraKeyId);
        Factory = CreateFactory(Identity, Connector, TokenProvider);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        await UntrustedConnector.DisposeAsync();
        await Identity.DisposeAsync();
    }

    internal static HelpBotFactory CreateFactory(TestIdentityServer identity, MockConnector connector, IBotTokenProvider tokenProvider, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BotFramework:MicrosoftAppId"] = TestTokens.AppId,
            ["BotFramework:MicrosoftAppType"] = "SingleTenant",
            ["BotFramework:MicrosoftAppTenantId"] = TestTokens.TenantId,
            ["BotFramework:MicrosoftAppPassword"] = "not-a-real-secret",
            ["BotFramework:OpenIdMetadataUrl"] = identity.BotConnectorMetadataUrl.AbsoluteUri,
            ["BotFramework:EntraOpenIdMetadataUrl"] = identity.EntraMetadataUrl.AbsoluteUri,
            ["BotFramework:TrustedServiceUrlHosts:0"] = $"127.0.0.1:{connector.BaseAddress.Port}",
            ["BotFramework:TokenAuthorityHost"] = "https://127.0.0.1:9/",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new HelpBotFactory(settings, services =>
        {
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton(tokenProvider);
        });
    }
}
