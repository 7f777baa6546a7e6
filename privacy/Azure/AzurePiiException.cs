namespace HelpBot.Privacy.Azure;

/// <summary>The Azure PII service rejected a request or returned a body that is not a valid result.</summary>
public sealed class AzurePiiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AzurePiiException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AzurePiiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public AzurePiiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
