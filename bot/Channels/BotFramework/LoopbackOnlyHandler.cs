namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Refuses, before any connection is made, every Connector request whose URL is not loopback
/// (see <see cref="LoopbackServiceUrl"/>). The socket-level check in
/// <see cref="BotFrameworkServiceCollectionExtensions"/> also refuses any resolved address that is not loopback.
/// </summary>
public sealed class LoopbackOnlyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!LoopbackServiceUrl.IsLoopback(request.RequestUri))
        {
            throw new InvalidOperationException("The Connector client sends only to loopback addresses while the bot runs without authentication.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
