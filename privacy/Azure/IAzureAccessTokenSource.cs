namespace HelpBot.Privacy.Azure;

/// <summary>
/// Supplies Microsoft Entra ID access tokens for the scope https://cognitiveservices.azure.com/.default.
/// When one is registered, the Azure PII client sends "Authorization: Bearer" instead of the resource key.
/// A managed identity or MSAL implementation caches and renews the token itself.
/// </summary>
public interface IAzureAccessTokenSource
{
    /// <summary>Returns a valid access token.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
