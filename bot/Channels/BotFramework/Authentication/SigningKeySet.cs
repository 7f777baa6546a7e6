using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata document and, per key id, the channel ids the key is
/// endorsed for. Bot Connector keys carry an <c>endorsements</c> array; Entra ID keys carry none.
/// </summary>
public sealed class SigningKeySet(IReadOnlyList<SecurityKey> keys, IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements)
{
    public IReadOnlyList<SecurityKey> Keys { get; } = keys;

    /// <summary>Endorsements by key id. A key without an <c>endorsements</c> array is absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; } = endorsements;

    /// <summary>Whether a key with <paramref name="keyId"/> is in the set (ordinal comparison).</summary>
    public bool Contains(string? keyId) =>
        keyId is not null && Keys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));
}
