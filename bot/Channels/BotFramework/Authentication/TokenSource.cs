namespace HelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>Who issued an inbound token, and so which metadata document holds its signing keys.</summary>
public enum TokenSource
{
    /// <summary>The Bot Connector service (<c>iss</c> = https://api.botframework.com).</summary>
    BotConnector,

    /// <summary>Microsoft Entra ID, for channels that send Entra-issued tokens.</summary>
    Entra,
}
