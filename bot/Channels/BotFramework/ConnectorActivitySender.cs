using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Delivers a turn's activities through the Connector API at the inbound activity's serviceUrl.</summary>
public sealed class ConnectorActivitySender(ConnectorClient client, ConnectorEndpoint endpoint) : IActivitySender
{
    /// <summary>The serviceUrl replies go to, and whether it was verified.</summary>
    public ConnectorEndpoint Endpoint { get; } = endpoint;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        client.SendActivityAsync(Endpoint, activity, cancellationToken);
}
