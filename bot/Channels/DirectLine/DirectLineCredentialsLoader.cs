using System.Security.Cryptography;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Builds <see cref="DirectLineCredentials"/> from configuration, generating what is missing. A
/// generated signing key is written to the data folder (owner read and write only), so tokens
/// issued before a restart stay valid.
/// </summary>
public static class DirectLineCredentialsLoader
{
    /// <summary>Name of the key file inside the data folder.</summary>
    public const string SigningKeyFileName = "directline-token-key";

    /// <param name="options">The configured secret and key, if any.</param>
    /// <param name="dataDirectory">Folder for the generated key; null keeps a generated key in memory only.</param>
    /// <param name="logger">Receives one event for each generated value.</param>
    public static DirectLineCredentials Load(DirectLineOptions options, string? dataDirectory, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        var secret = options.Secret;
        var secretGenerated = string.IsNullOrWhiteSpace(secret);
        if (secretGenerated)
        {
            secret = DirectLineCredentials.NewSecret();
            logger.DirectLineSecretGenerated();
        }

        var key = LoadSigningKey(options.TokenSigningKey, dataDirectory, logger);
        return new DirectLineCredentials(secret!, secretGenerated, key);
    }

    private static byte[] LoadSigningKey(string? configuredKey, string? dataDirectory, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return DecodeKey(configuredKey, "DirectLine:TokenSigningKey");
        }

        if (dataDirectory is null)
        {
            logger.DirectLineSigningKeyInMemory();
            return RandomNumberGenerator.GetBytes(32);
        }

        var path = Path.Combine(dataDirectory, SigningKeyFileName);
        if (File.Exists(path))
        {
            return DecodeKey(File.ReadAllText(path).Trim(), path);
        }

        return CreateKeyFile(path, logger);
    }

    private static byte[] CreateKeyFile(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, fileOptions);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the file first; use its key so both accept the same tokens.
            return DecodeKey(File.ReadAllText(path).Trim(), path);
        }

        logger.DirectLineSigningKeyCreated();
        return key;
    }

    private static byte[] DecodeKey(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException error)
        {
            throw new InvalidOperationException($"The Direct Line token signing key in {source} is not valid base64.", error);
        }

        return key.Length >= 32
            ? key
            : throw new InvalidOperationException($"The Direct Line token signing key in {source} has {key.Length} bytes; it needs at least 32.");
    }
}
