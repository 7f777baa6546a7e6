using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// In anonymous mode (no app id), refuses every Connector request whose URL is not loopback (see
/// <see cref="LoopbackServiceUrl"/>) before any connection is made. The socket-level check in
/// <see cref="BotFrameworkServiceCollectionExtensions"/> also refuses any resolved address that is
/// not loopback. With an app id configured, serviceUrls come from validated tokens and the handler
/// passes every request on.
/// </summary>
public sealed class LoopbackOnlyHandler(IOptions<BotFrameworkOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.Value.IsAnonymous && !LoopbackServiceUrl.IsLoopback(request.RequestUri))
        {
            throw new InvalidOperationException("The Connector client sends only to loopback addresses while the bot runs without authentication.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
