using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Gets the bot's token from Microsoft Entra ID with MSAL: client credentials (secret or
/// certificate) for single- and multi-tenant bots, or the user-assigned managed identity. MSAL
/// keeps each token in its in-memory cache and requests a new one shortly before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotFrameworkOptions _options;
    private readonly IMsalHttpClientFactory _httpClientFactory;
    private readonly Lazy<IConfidentialClientApplication> _confidential;
    private readonly Lazy<IManagedIdentityApplication> _managedIdentity;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _confidential = new Lazy<IConfidentialClientApplication>(CreateConfidentialClient);
        _managedIdentity = new Lazy<IManagedIdentityApplication>(CreateManagedIdentity);
    }

    /// <summary>The authority tokens come from: the host plus the tenant, or botframework.com for multi-tenant bots.</summary>
    public Uri Authority => new($"{_options.TokenAuthorityHost.AbsoluteUri.TrimEnd('/')}/{(_options.IsSingleTenant ? _options.MicrosoftAppTenantId : BotFrameworkEndpoints.BotFrameworkTenant)}");

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (string.Equals(_options.MicrosoftAppType, MicrosoftAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            var resource = _options.ConnectorScope.Replace("/.default", "", StringComparison.Ordinal);
            var identityResult = await _managedIdentity.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return identityResult.AccessToken;
        }

        var result = await _confidential.Value.AcquireTokenForClient([_options.ConnectorScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private IConfidentialClientApplication CreateConfidentialClient()
    {
        var builder = ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
            .WithAuthority(Authority.AbsoluteUri, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(_httpClientFactory);

        builder = string.IsNullOrWhiteSpace(_options.MicrosoftAppPassword)
            ? builder.WithCertificate(LoadCertificate(), sendX5C: true)
            : builder.WithClientSecret(_options.MicrosoftAppPassword);
        return builder.Build();
    }

    private IManagedIdentityApplication CreateManagedIdentity() =>
        ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId))
            .WithHttpClientFactory(_httpClientFactory)
            .Build();

    private X509Certificate2 LoadCertificate()
    {
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppCertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(_options.MicrosoftAppCertificatePath, _options.MicrosoftAppCertificatePassword);
        }

        var thumbprint = _options.MicrosoftAppCertificateThumbprint;
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint!, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException("No certificate with the thumbprint in BotFramework:MicrosoftAppCertificateThumbprint is in the CurrentUser or LocalMachine 'My' store.");
    }
}
