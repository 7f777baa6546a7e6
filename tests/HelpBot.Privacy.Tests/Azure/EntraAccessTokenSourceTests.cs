using HelpBot.Privacy.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Tests.Azure;

// The token endpoint and the Language service are loopback mocks; no request leaves the machine.
public sealed class EntraAccessTokenSourceTests
{
    private const string Message = "Client is Dana Testperson, her SSN is 078-05-1120.";
    private const string TenantId = "00000000-0000-0000-0000-000000000001";
    private const string ClientId = "00000000-0000-0000-0000-000000000002";

    [Fact]
    public async Task DetectAsync_ClientSecret_SendsBearerTokenFromAuthority()
    {
        await using var identity = await MockTokenEndpoint.StartAsync();
        await using var language = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(identity, language);

        await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        var request = Assert.Single(language.Requests);
        Assert.Equal($"Bearer {MockTokenEndpoint.AccessToken}", request.Authorization);
        Assert.Equal("", request.Key);
    }

    [Fact]
    public async Task GetTokenAsync_ClientSecret_PostsClientCredentials()
    {
        await using var identity = await MockTokenEndpoint.StartAsync();
        await using var language = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(identity, language);

        await provider.GetRequiredService<EntraAccessTokenSource>().GetTokenAsync(CancellationToken.None);

        var (path, form) = Assert.Single(identity.Requests);
        Assert.Equal($"/{TenantId}/oauth2/v2.0/token", path);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ClientId, form["client_id"]);
        Assert.Equal("not-a-real-secret", form["client_secret"]);
        Assert.Contains("https://cognitiveservices.azure.com/.default", form["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_SecondCall_UsesMsalCache()
    {
        await using var identity = await MockTokenEndpoint.StartAsync();
        await using var language = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(identity, language);
        var source = provider.GetRequiredService<EntraAccessTokenSource>();

        var first = await source.GetTokenAsync(CancellationToken.None);
        var second = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(identity.Requests);
    }

    [Fact]
    public async Task DetectAsync_TokenRejected_FallsBackToLocal()
    {
        await using var identity = await MockTokenEndpoint.StartAsync();
        identity.Status = 401;
        await using var language = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(identity, language);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.True(result.RemoteUnavailable);
        Assert.Contains("Entra ID sign-in failed", result.RemoteFailure, StringComparison.Ordinal);
        Assert.Empty(language.Requests);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Theory]
    [InlineData("key", null, null, true)]
    [InlineData(null, "secret", null, true)]
    [InlineData(null, null, "cert.pfx", true)]
    [InlineData("key", "secret", null, false)]
    [InlineData(null, null, null, false)]
    [InlineData(null, "secret", "cert.pfx", false)]
    public void Options_KeyOrEntra_ValidatedAtStart(string? key, string? secret, string? certificatePath, bool valid)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Pii:Mode"] = "Azure",
            ["Pii:Azure:Endpoint"] = "https://my-resource.cognitiveservices.azure.com",
            ["Pii:Azure:Key"] = key,
        };
        if (secret is not null || certificatePath is not null)
        {
            settings["Pii:Azure:Entra:TenantId"] = TenantId;
            settings["Pii:Azure:Entra:ClientId"] = ClientId;
            settings["Pii:Azure:Entra:ClientSecret"] = secret;
            settings["Pii:Azure:Entra:CertificatePath"] = certificatePath;
        }

        using var provider = new ServiceCollection()
            .AddHelpBotPrivacy(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<IOptions<PiiOptions>>().Value);

        Assert.Equal(valid, exception is null);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/", false)]
    [InlineData("not a url", false)]
    [InlineData("https://login.microsoftonline.com/", true)]
    public void Options_AuthorityHost_MustBeHttps(string authorityHost, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pii:Mode"] = "Both",
            ["Pii:Azure:Endpoint"] = "https://my-resource.cognitiveservices.azure.com",
            ["Pii:Azure:Entra:TenantId"] = TenantId,
            ["Pii:Azure:Entra:ClientId"] = ClientId,
            ["Pii:Azure:Entra:ClientSecret"] = "not-a-real-secret",
            ["Pii:Azure:Entra:AuthorityHost"] = authorityHost,
        }).Build();
        using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<IOptions<PiiOptions>>().Value);

        Assert.Equal(valid, exception is null);
    }

    [Fact]
    public void Options_ManagedIdentityWithoutKey_IsValid()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pii:Mode"] = "Azure",
            ["Pii:Azure:Endpoint"] = "https://my-resource.cognitiveservices.azure.com",
            ["Pii:Azure:Entra:UseManagedIdentity"] = "true",
        }).Build();
        using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<IOptions<PiiOptions>>().Value);

        Assert.Null(exception);
    }

    private static ServiceProvider CreateProvider(MockTokenEndpoint identity, MockLanguageService language)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pii:Mode"] = "Azure",
            ["Pii:Azure:Endpoint"] = language.Endpoint,
            ["Pii:Azure:MaxRetries"] = "0",
            ["Pii:Azure:Entra:TenantId"] = TenantId,
            ["Pii:Azure:Entra:ClientId"] = ClientId,
            ["Pii:Azure:Entra:ClientSecret"] = "not-a-real-secret",
            ["Pii:Azure:Entra:AuthorityHost"] = identity.AuthorityHost,
        }).Build();
        var services = new ServiceCollection().AddHelpBotPrivacy(configuration);
        services.AddHttpClient("HelpBot.Privacy.AzurePiiToken").ConfigurePrimaryHttpMessageHandler(identity.CreateHandler);
        return services.BuildServiceProvider();
    }
}
