using System.ComponentModel.DataAnnotations;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, inbound token validation, outbound tokens and the Connector client.
/// Bound from the <c>BotFramework</c> configuration section and checked at start-up by
/// <see cref="BotFrameworkOptionsValidator"/>.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>
    /// The Azure Bot's Microsoft App ID, a GUID (<c>BotFramework:MicrosoftAppId</c>). When empty,
    /// the endpoint runs in anonymous mode for local tools and replies only to loopback serviceUrls.
    /// When set, every request needs a valid Bot Framework or Entra ID token whose audience is this id.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// <c>SingleTenant</c> (the default), <c>UserAssignedMSI</c> or <c>MultiTenant</c>; see
    /// <see cref="MicrosoftAppTypes"/>. Azure stopped creating multi-tenant bots on 2025-07-31.
    /// </summary>
    public string MicrosoftAppType { get; set; } = MicrosoftAppTypes.SingleTenant;

    /// <summary>The app registration's client secret. Use it or a certificate; a managed identity needs neither.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Path of a PFX file with the app registration's certificate and private key.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>Password of the PFX file in <see cref="MicrosoftAppCertificatePath"/>, if it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>Thumbprint of the certificate in the CurrentUser or LocalMachine "My" store, instead of a file.</summary>
    public string? MicrosoftAppCertificateThumbprint { get; set; }

    /// <summary>The Entra ID tenant of a single-tenant or managed-identity bot (a GUID).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Largest activity body, in bytes. Defaults to 512 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;

    /// <summary>Timeout of one Connector request attempt. Defaults to 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>OpenID metadata of the Bot Connector service, whose tokens have the issuer <c>https://api.botframework.com</c>.</summary>
    [Required]
    public Uri OpenIdMetadataUrl { get; set; } = new(BotFrameworkEndpoints.BotConnectorOpenIdMetadata);

    /// <summary>OpenID metadata of Microsoft Entra ID, for channels that send Entra-issued tokens.</summary>
    [Required]
    public Uri EntraOpenIdMetadataUrl { get; set; } = new(BotFrameworkEndpoints.EntraOpenIdMetadata);

    /// <summary>
    /// How often the signing keys are fetched again even when every key id is known. Keys are also
    /// fetched when a token names an unknown key id. Defaults to 12 hours; at most 24 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan OpenIdMetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The Entra ID host outbound tokens come from. The authority is this host plus the tenant
    /// (single-tenant) or <c>botframework.com</c> (multi-tenant). Must be https.
    /// </summary>
    [Required]
    public Uri TokenAuthorityHost { get; set; } = new(BotFrameworkEndpoints.EntraAuthorityHost);

    /// <summary>The scope of outbound tokens. Defaults to <c>https://api.botframework.com/.default</c>.</summary>
    [Required]
    public string ConnectorScope { get; set; } = BotFrameworkEndpoints.ConnectorScope;

    /// <summary>
    /// Hosts that may receive the bot's token, added to the built-in suffixes (botframework.com,
    /// smba.trafficmanager.net, teams.microsoft.com, teams.microsoft.us). An entry is a host suffix
    /// (<c>example.org</c> matches <c>a.example.org</c>) or a host and port (<c>127.0.0.1:5000</c>).
    /// </summary>
    public List<string> TrustedServiceUrlHosts { get; set; } = [];

    /// <summary>Entra tenant ids whose activities are processed; empty allows every tenant. Others get 403.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// How long the channel's request waits for the turn. A slower turn continues in the background
    /// and sends its replies through the Connector; the channel gets 202 (for an invoke, a short
    /// message). Defaults to 10 seconds, below the channel's 15-second limit.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:14")]
    public TimeSpan TurnResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a Connector request answered 429, 412, 502 or 504. Defaults to 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Longest wait before one retry, also when Retry-After asks for more. Defaults to 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Connector requests per second for one conversation. Teams allows 7 sends per second per bot
    /// and conversation (a limit Microsoft says may change). Defaults to 7.
    /// </summary>
    [Range(1, 100)]
    public int SendsPerSecondPerConversation { get; set; } = 7;

    /// <summary>
    /// Largest Teams message, counted as UTF-16 bytes of the activity JSON. Longer text and cards are
    /// split into several messages. Teams rejects messages over about 100 KB. Defaults to 80 KiB.
    /// </summary>
    [Range(4 * 1024, 100 * 1024)]
    public int MaxTeamsMessageBytes { get; set; } = 80 * 1024;

    /// <summary>Whether anonymous mode is on: no app id is configured.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Whether the bot belongs to one tenant: single-tenant or a user-assigned managed identity.</summary>
    public bool IsSingleTenant => !string.Equals(MicrosoftAppType, MicrosoftAppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase);
}
