namespace HelpBot.Bot.Hosting;

/// <summary>Values the host uses when configuration names none.</summary>
public static class HostDefaults
{
    /// <summary>
    /// The address Kestrel listens on when neither <c>urls</c> nor <c>Kestrel:Endpoints</c> is
    /// configured: loopback only, on the port Bot Framework tools expect.
    /// </summary>
    public const string Url = "http://127.0.0.1:3978";

    /// <summary>Configuration key of the log level of the host's lifetime messages.</summary>
    public const string LifetimeLogLevelKey = "Logging:LogLevel:Microsoft.Hosting.Lifetime";

    /// <summary>
    /// Log level of the host's lifetime messages when configuration sets none. At Warning, the
    /// Information messages ("Now listening on", "Application started. Press Ctrl+C to shut down.",
    /// the environment and content root) stay off, because the bot writes its page's address and the
    /// Ctrl+C hint itself and the address should show once.
    /// </summary>
    public const string LifetimeLogLevel = "Warning";

    /// <summary>Largest request body of endpoints that set no limit of their own, in bytes.</summary>
    public const long MaxRequestBodyBytes = 32 * 1024 * 1024;
}
