using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Reads an OpenID metadata document, then its <c>jwks_uri</c>. The key set is parsed twice: by
/// <see cref="JsonWebKeySet"/> for the keys, and as raw JSON for the <c>endorsements</c> array of
/// each key, which <see cref="JsonWebKey"/> does not model.
/// </summary>
public sealed class SigningKeyRetriever : IConfigurationRetriever<SigningKeySet>
{
    public async Task<SigningKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadata = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
        if (string.IsNullOrEmpty(metadata.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata document has no jwks_uri.");
        }

        var keySetJson = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
        var keys = new JsonWebKeySet(keySetJson).GetSigningKeys();
        return new SigningKeySet([.. keys], ReadEndorsements(keySetJson));
    }

    /// <summary>Reads <c>keys[].kid</c> and <c>keys[].endorsements</c> from a JWKS document.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ReadEndorsements(string keySetJson)
    {
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keySetJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
        }

        return endorsements;
    }
}
