using Microsoft.Identity.Client;

namespace HelpBot.Privacy.Azure;

/// <summary>Gives MSAL a pooled HttpClient from <see cref="IHttpClientFactory"/>, so tests can replace its handler.</summary>
internal sealed class AzureMsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(AzurePiiConstants.TokenHttpClientName);
}
