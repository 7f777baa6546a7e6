using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>The sender of turns whose activity has no serviceUrl (unknown types, typing): replying fails.</summary>
public sealed class NoReplyActivitySender : IActivitySender
{
    public static readonly NoReplyActivitySender Instance = new();

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The inbound activity has no serviceUrl, so the bot cannot reply to it.");
}
