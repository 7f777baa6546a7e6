namespace HelpBot.Runtime.State;

/// <summary>
/// Thrown when a write's ETag does not match the stored version of a key: another turn, possibly
/// on another instance, changed the document since it was read.
/// </summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The key whose ETag did not match.</summary>
    public string? Key { get; init; }

    /// <summary>Creates the exception for <paramref name="key"/>, with a message that names it.</summary>
    public static StorageConcurrencyException ForKey(string key) =>
        new($"The stored version of key '{key}' changed since it was read, so nothing was written.") { Key = key };
}
