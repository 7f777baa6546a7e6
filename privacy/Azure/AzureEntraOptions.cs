namespace HelpBot.Privacy.Azure;

/// <summary>
/// Microsoft Entra ID sign-in for Azure AI Language, bound from "Pii:Azure:Entra": client credentials
/// (tenant, client id, and a secret or a certificate) or a managed identity. Leave every value empty to
/// use the resource key instead.
/// </summary>
public sealed class AzureEntraOptions
{
    /// <summary>Directory (tenant) id of the app registration, for client credentials.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id of the app registration, for client credentials.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret of the app registration. Set this or <see cref="CertificatePath"/>, not both.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of a PKCS #12 (.pfx) file with the app registration's certificate and private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the file in <see cref="CertificatePath"/>; empty when it has none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>True to sign in with the host's managed identity instead of client credentials.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty uses the system-assigned identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Host of the token authority; the tenant id is appended. Defaults to https://login.microsoftonline.com/.
    /// MSAL accepts only https, so tests point it at a loopback server with a test certificate.
    /// </summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Scope of the token. Defaults to https://cognitiveservices.azure.com/.default.</summary>
    public string Scope { get; set; } = "https://cognitiveservices.azure.com/.default";

    /// <summary>True when client credentials or a managed identity is configured.</summary>
    public bool IsConfigured => UseManagedIdentity || !string.IsNullOrWhiteSpace(ClientId);
}
