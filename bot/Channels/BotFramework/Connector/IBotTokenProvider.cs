namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>Supplies the bot's own access token for the Bot Connector API.</summary>
public interface IBotTokenProvider
{
    /// <summary>Returns a bearer token for <c>BotFramework:ConnectorScope</c>, from cache while it is valid.</summary>
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
