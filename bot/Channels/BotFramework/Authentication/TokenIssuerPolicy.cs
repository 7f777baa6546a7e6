namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The explicit issuer allow-list. The unverified <c>iss</c> of a token picks the metadata document
/// its keys come from; the validated token must then carry one of the same issuers.
/// </summary>
public sealed class TokenIssuerPolicy
{
    private readonly Dictionary<string, string> _entraIssuerTenants;

    /// <summary>
    /// Builds the list: the Bot Connector issuer always, plus the Entra ID issuers (v1 and v2) of
    /// the bot's own tenant for single-tenant and managed-identity bots, or of the Bot Service
    /// tenants for multi-tenant bots.
    /// </summary>
    public TokenIssuerPolicy(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IEnumerable<string> tenants = options.IsSingleTenant && options.MicrosoftAppTenantId is { } tenant
            ? [tenant]
            : BotFrameworkEndpoints.BotServiceTenants;

        _entraIssuerTenants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenantId in tenants)
        {
            _entraIssuerTenants[BotFrameworkEndpoints.EntraV1Issuer(tenantId)] = tenantId;
            _entraIssuerTenants[BotFrameworkEndpoints.EntraV2Issuer(tenantId)] = tenantId;
        }

        ValidIssuers = [BotFrameworkEndpoints.BotConnectorIssuer, .. _entraIssuerTenants.Keys];
    }

    /// <summary>Every accepted issuer.</summary>
    public IReadOnlyList<string> ValidIssuers { get; }

    /// <summary>Which metadata document signs tokens of <paramref name="issuer"/>; null when the issuer is not allowed.</summary>
    public TokenSource? SelectSource(string? issuer)
    {
        if (string.Equals(issuer, BotFrameworkEndpoints.BotConnectorIssuer, StringComparison.Ordinal))
        {
            return TokenSource.BotConnector;
        }

        return issuer is not null && _entraIssuerTenants.ContainsKey(issuer) ? TokenSource.Entra : null;
    }

    /// <summary>The tenant id an allowed Entra issuer belongs to, or null.</summary>
    public string? GetIssuerTenant(string issuer) => _entraIssuerTenants.GetValueOrDefault(issuer);
}
