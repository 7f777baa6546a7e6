namespace HelpBot.Bot.Hosting;

/// <summary>Values the host uses when configuration names none.</summary>
public static class HostDefaults
{
    /// <summary>
    /// The address Kestrel listens on when neither <c>urls</c> nor <c>Kestrel:Endpoints</c> is
    /// configured: loopback only, on the port Bot Framework tools expect.
    /// </summary>
    public const string Url = "http://127.0.0.1:3978";

    /// <summary>Largest request body of endpoints that set no limit of their own, in bytes.</summary>
    public const long MaxRequestBodyBytes = 32 * 1024 * 1024;
}
