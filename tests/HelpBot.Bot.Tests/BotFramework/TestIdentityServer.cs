using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Tests.BotFramework;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com: Kestrel on 127.0.0.1 serving
/// OpenID metadata and a JWKS (Bot Connector keys with <c>endorsements</c>) for each issuer, with
/// keys that tests can add while it runs.
/// </summary>
internal sealed class TestIdentityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[]? Endorsements)> _botConnectorKeys = new();
    private readonly ConcurrentDictionary<string, RsaSecurityKey> _entraKeys = new();

    private TestIdentityServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri BotConnectorMetadataUrl => new(BaseAddress, "botframework/v1/.well-known/openidconfiguration");

    public Uri EntraMetadataUrl => new(BaseAddress, "entra/v2.0/.well-known/openid-configuration");

    /// <summary>How many times each path was requested.</summary>
    public ConcurrentDictionary<string, int> Requests { get; } = new();

    public static async Task<TestIdentityServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestIdentityServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Creates an RSA key and publishes it in the Bot Connector key set with <paramref name="endorsements"/>.</summary>
    public RsaSecurityKey AddBotConnectorKey(string keyId, params string[]? endorsements)
    {
        var key = CreateKey(keyId);
        _botConnectorKeys[keyId] = (key, endorsements);
        return key;
    }

    /// <summary>Creates an RSA key and publishes it in the Entra key set (no endorsements).</summary>
    public RsaSecurityKey AddEntraKey(string keyId)
    {
        var key = CreateKey(keyId);
        _entraKeys[keyId] = key;
        return key;
    }

    /// <summary>Creates an RSA key that no key set publishes.</summary>
    public static RsaSecurityKey CreateKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        Requests.AddOrUpdate(path, 1, (_, count) => count + 1);
        var body = path switch
        {
            "/botframework/v1/.well-known/openidconfiguration" => Metadata("https://api.botframework.com", "botframework/v1/keys"),
            "/botframework/v1/keys" => KeySet(_botConnectorKeys.Values),
            "/entra/v2.0/.well-known/openid-configuration" => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "entra/keys"),
            "/entra/keys" => KeySet(_entraKeys.Values.Select(key => (key, (string[]?)null))),
            _ => null,
        };

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    private string Metadata(string issuer, string keysPath) => new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = new Uri(BaseAddress, "authorize").AbsoluteUri,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    }.ToJsonString();

    private static string KeySet(IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(item => (JsonNode)item)]);
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }
}
