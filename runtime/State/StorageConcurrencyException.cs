namespace HelpBot.Runtime.State;

/// <summary>Thrown when a write's ETag does not match the stored version of a key.</summary>
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
}
