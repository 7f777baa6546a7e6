namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>A channel's Connector API address and whether it came from an authenticated activity.</summary>
/// <param name="ServiceUrl">The serviceUrl of the activity or stored conversation reference.</param>
/// <param name="Verified">
/// Whether the serviceUrl arrived with a validated token. Only a verified serviceUrl on a trusted
/// host receives the bot's token.
/// </param>
public readonly record struct ConnectorEndpoint(Uri ServiceUrl, bool Verified);
