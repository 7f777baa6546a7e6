namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Thrown when the channel's Connector API returns a non-success status for a reply.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode)
        : base($"The Connector API answered with HTTP {statusCode}.") => StatusCode = statusCode;

    /// <summary>The HTTP status the Connector API returned.</summary>
    public int StatusCode { get; }
}
