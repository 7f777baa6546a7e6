using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Checks the Azure sign-in settings when Pii:Mode is Azure or Both: exactly one of a resource key and
/// Entra ID (Pii:Azure:Entra, or an <see cref="IAzureAccessTokenSource"/> the app registers), complete
/// client credentials with one secret or certificate, and an https token authority.
/// </summary>
internal sealed class AzureAuthOptionsValidator(IEnumerable<IAzureAccessTokenSource> tokenSources) : IValidateOptions<PiiOptions>
{
    public ValidateOptionsResult Validate(string? name, PiiOptions options)
    {
        if (options.Mode == PiiMode.Local)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var entra = options.Azure.Entra;
        var hasKey = !string.IsNullOrWhiteSpace(options.Azure.Key);
        var hasEntra = entra.IsConfigured || tokenSources.Any();
        if (hasKey == hasEntra)
        {
            failures.Add(hasKey
                ? "Pii:Azure:Key and Entra ID sign-in are both set. Keep one: remove the key to use Entra ID, or remove Pii:Azure:Entra to use the key."
                : $"Pii:Mode {options.Mode} needs Azure sign-in. Set Pii:Azure:Key, or Pii:Azure:Entra (TenantId, ClientId and ClientSecret or CertificatePath, or UseManagedIdentity).");
        }

        if (entra.IsConfigured)
        {
            ValidateEntra(entra, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateEntra(AzureEntraOptions entra, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(entra.Scope))
        {
            failures.Add("Pii:Azure:Entra:Scope is missing. Use https://cognitiveservices.azure.com/.default.");
        }

        if (entra.UseManagedIdentity)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(entra.TenantId))
        {
            failures.Add("Pii:Azure:Entra:TenantId is missing. Client credentials need the directory (tenant) id of the app registration.");
        }

        var hasSecret = !string.IsNullOrEmpty(entra.ClientSecret);
        var hasCertificate = !string.IsNullOrWhiteSpace(entra.CertificatePath);
        if (hasSecret == hasCertificate)
        {
            failures.Add(hasSecret
                ? "Pii:Azure:Entra:ClientSecret and Pii:Azure:Entra:CertificatePath are both set. Keep one of them for client credentials."
                : "Pii:Azure:Entra:ClientSecret and Pii:Azure:Entra:CertificatePath are both missing. Set one of them for client credentials, or set Pii:Azure:Entra:UseManagedIdentity to true.");
        }

        if (!Uri.TryCreate(entra.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"Pii:Azure:Entra:AuthorityHost '{entra.AuthorityHost}' is invalid. Use an absolute https address, such as https://login.microsoftonline.com/.");
        }
    }
}
