using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Delivers a turn's activities through the Connector API at the inbound activity's serviceUrl.</summary>
public sealed class ConnectorActivitySender(ConnectorClient client, Uri serviceUrl) : IActivitySender
{
    /// <summary>The validated serviceUrl replies go to.</summary>
    public Uri ServiceUrl { get; } = serviceUrl;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        client.SendToConversationAsync(ServiceUrl, activity, cancellationToken);
}
