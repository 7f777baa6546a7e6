using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Checks at start-up that the identity settings fit together, naming each missing or invalid
/// setting. Without an app id nothing is required, because the endpoint runs in anonymous mode.
/// </summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add($"BotFramework:MicrosoftAppId is '{options.MicrosoftAppId}', which is not a GUID. Set the Azure Bot's app (client) id, or leave it empty for anonymous mode.");
        }

        ValidateAppType(options, failures);
        ValidateAddresses(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAppType(BotFrameworkOptions options, List<string> failures)
    {
        var appType = options.MicrosoftAppType;
        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath)
            || !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificateThumbprint);

        if (Is(appType, MicrosoftAppTypes.SingleTenant) || Is(appType, MicrosoftAppTypes.UserAssignedMsi))
        {
            if (!Guid.TryParse(options.MicrosoftAppTenantId, out _))
            {
                failures.Add($"BotFramework:MicrosoftAppTenantId is missing or not a GUID; a {appType} bot needs the Entra ID tenant id of its app registration.");
            }
        }
        else if (!Is(appType, MicrosoftAppTypes.MultiTenant))
        {
            failures.Add($"BotFramework:MicrosoftAppType '{appType}' is invalid; use {MicrosoftAppTypes.SingleTenant}, {MicrosoftAppTypes.UserAssignedMsi} or {MicrosoftAppTypes.MultiTenant}.");
            return;
        }

        if (Is(appType, MicrosoftAppTypes.UserAssignedMsi))
        {
            if (hasSecret || hasCertificate)
            {
                failures.Add("BotFramework:MicrosoftAppPassword and the certificate settings must be empty for a UserAssignedMSI bot; the managed identity supplies its tokens.");
            }

            return;
        }

        if (!hasSecret && !hasCertificate)
        {
            failures.Add($"BotFramework:MicrosoftAppPassword is missing; a {appType} bot needs the client secret or BotFramework:MicrosoftAppCertificatePath or BotFramework:MicrosoftAppCertificateThumbprint.");
        }
        else if (hasSecret && hasCertificate)
        {
            failures.Add("Set either BotFramework:MicrosoftAppPassword or a certificate setting, not both.");
        }
    }

    private static void ValidateAddresses(BotFrameworkOptions options, List<string> failures)
    {
        if (options.TokenAuthorityHost is not { IsAbsoluteUri: true } authority || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("BotFramework:TokenAuthorityHost must be an absolute https address, such as https://login.microsoftonline.com.");
        }

        foreach (var (key, url) in new[] { ("OpenIdMetadataUrl", options.OpenIdMetadataUrl), ("EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl) })
        {
            if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && !LoopbackServiceUrl.IsLoopback(url)))
            {
                failures.Add($"BotFramework:{key} must be an absolute https address (http is accepted for loopback hosts only).");
            }
        }
    }

    private static bool Is(string? value, string appType) => string.Equals(value, appType, StringComparison.OrdinalIgnoreCase);
}
