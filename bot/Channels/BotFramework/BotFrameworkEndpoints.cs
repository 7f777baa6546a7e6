namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Microsoft's public-cloud addresses and identifiers for Bot Framework authentication. They are the
/// defaults of <see cref="BotFrameworkOptions"/> and are used only when an app id is configured.
/// </summary>
public static class BotFrameworkEndpoints
{
    public const string BotConnectorOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string EntraOpenIdMetadata = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public const string EntraAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The tenant multi-tenant bots get their tokens from.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The resource managed-identity tokens are requested for.</summary>
    public const string ConnectorResource = "https://api.botframework.com";

    /// <summary>Issuer of Bot Connector tokens.</summary>
    public const string BotConnectorIssuer = "https://api.botframework.com";

    /// <summary>The value of <c>callerId</c> for activities authenticated from the public cloud.</summary>
    public const string PublicCloudCallerId = "urn:botframework:azure";

    /// <summary>
    /// Entra tenants that Azure Bot Service and the Bot Framework use to issue tokens to bots (the
    /// botframework.com tenant and the two v3.1/v3.2 token tenants), each with its v1 and v2 issuer.
    /// </summary>
    public static readonly IReadOnlyList<string> BotServiceTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Suffixes of hosts that may receive the bot's token (Azure Bot Service and Teams).</summary>
    public static readonly IReadOnlyList<string> TrustedServiceUrlSuffixes =
    [
        "botframework.com",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
    ];

    /// <summary>The v1 (sts.windows.net) issuer of <paramref name="tenantId"/>.</summary>
    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>The v2 (login.microsoftonline.com) issuer of <paramref name="tenantId"/>.</summary>
    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";
}
