using Microsoft.Identity.Client;

namespace HelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>Gives MSAL a pooled HttpClient from <see cref="IHttpClientFactory"/>.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    /// <summary>Name of the HttpClient that requests tokens.</summary>
    public const string HttpClientName = "HelpBot.BotFramework.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
