using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Gets Entra ID tokens for Azure AI Language with MSAL: client credentials (a secret or a certificate)
/// against <see cref="AzureEntraOptions.AuthorityHost"/> plus the tenant, or a managed identity. MSAL keeps
/// each token in its in-memory cache and requests a new one shortly before it expires, so most calls
/// make no HTTP request. Instance discovery is off, so only the configured authority is contacted.
/// </summary>
public sealed class EntraAccessTokenSource : IAzureAccessTokenSource
{
    private readonly AzureEntraOptions _options;
    private readonly IMsalHttpClientFactory _httpClientFactory;
    private readonly Lazy<IConfidentialClientApplication> _confidential;
    private readonly Lazy<IManagedIdentityApplication> _managedIdentity;

    /// <summary>Creates the source; the MSAL applications are built on first use.</summary>
    public EntraAccessTokenSource(IOptions<PiiOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value.Azure.Entra;
        _httpClientFactory = httpClientFactory;
        _confidential = new Lazy<IConfidentialClientApplication>(CreateConfidentialClient);
        _managedIdentity = new Lazy<IManagedIdentityApplication>(CreateManagedIdentity);
    }

    /// <summary>The authority of client-credential tokens: the host followed by the tenant id.</summary>
    public Uri Authority => new($"{_options.AuthorityHost.TrimEnd('/')}/{_options.TenantId}");

    /// <inheritdoc/>
    /// <exception cref="AzurePiiException">Entra ID rejected the request or could not be reached; the message holds MSAL's error code only.</exception>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = _options.UseManagedIdentity
                ? await _managedIdentity.Value.AcquireTokenForManagedIdentity(Resource()).ExecuteAsync(cancellationToken).ConfigureAwait(false)
                : await _confidential.Value.AcquireTokenForClient([_options.Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            throw new AzurePiiException($"Entra ID sign-in failed ({exception.ErrorCode}).", exception);
        }
    }

    // Managed identity endpoints take a resource, not a scope: the scope without "/.default".
    private string Resource() =>
        _options.Scope.EndsWith("/.default", StringComparison.Ordinal) ? _options.Scope[..^"/.default".Length] : _options.Scope;

    private IConfidentialClientApplication CreateConfidentialClient()
    {
        var builder = ConfidentialClientApplicationBuilder.Create(_options.ClientId)
            .WithAuthority(Authority.AbsoluteUri, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(_httpClientFactory);
        builder = string.IsNullOrEmpty(_options.ClientSecret)
            ? builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(_options.CertificatePath!, _options.CertificatePassword), sendX5C: true)
            : builder.WithClientSecret(_options.ClientSecret);
        return builder.Build();
    }

    private IManagedIdentityApplication CreateManagedIdentity()
    {
        var id = string.IsNullOrWhiteSpace(_options.ManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.WithUserAssignedClientId(_options.ManagedIdentityClientId);
        return ManagedIdentityApplicationBuilder.Create(id)
            .WithHttpClientFactory(_httpClientFactory)
            .Build();
    }
}
