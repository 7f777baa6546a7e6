using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Tests.BotFramework;

/// <summary>Signs test JWTs the way the Bot Connector and Entra ID sign a channel's tokens.</summary>
internal static class TestTokens
{
    public const string AppId = "00000000-0000-4000-8000-00000000b07a";
    public const string TenantId = "00000000-0000-4000-8000-0000000a0001";
    public const string OtherTenantId = "00000000-0000-4000-8000-0000000a0002";
    public const string BotConnectorIssuer = "https://api.botframework.com";

    public static string EntraIssuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>Creates a signed token; null arguments leave the claim out.</summary>
    public static string Create(
        SecurityKey key,
        string issuer = BotConnectorIssuer,
        string audience = AppId,
        string? serviceUrl = null,
        string? tenantId = null,
        DateTime? notBefore = null,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
