using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line secret and the key that signs tokens, fixed for the life of the process.
/// Create it with <see cref="DirectLineCredentialsLoader"/>.
/// </summary>
public sealed class DirectLineCredentials
{
    private readonly byte[] _secretBytes;

    public DirectLineCredentials(string secret, bool isSecretGenerated, byte[] signingKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(signingKey);
        if (signingKey.Length < 32)
        {
            throw new ArgumentException("The token signing key must be at least 32 bytes for HMAC-SHA256.", nameof(signingKey));
        }

        _secretBytes = Encoding.UTF8.GetBytes(secret);
        IsSecretGenerated = isSecretGenerated;
        SigningKey = new SymmetricSecurityKey(signingKey) { KeyId = KeyIdOf(signingKey) };
    }

    /// <summary>Whether the secret was generated at start-up because none was configured.</summary>
    public bool IsSecretGenerated { get; }

    /// <summary>The HMAC-SHA256 key that signs and checks tokens.</summary>
    public SymmetricSecurityKey SigningKey { get; }

    /// <summary>Whether <paramref name="credential"/> is the secret, compared in constant time.</summary>
    public bool IsSecret(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(credential);
        return CryptographicOperations.FixedTimeEquals(bytes, _secretBytes);
    }

    /// <summary>Returns a new random secret of 256 bits.</summary>
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    // The key id names the key without revealing it, so a key change shows up as a kid mismatch.
    private static string KeyIdOf(byte[] key) => Convert.ToHexString(SHA256.HashData(key).AsSpan(0, 8)).ToLowerInvariant();
}
