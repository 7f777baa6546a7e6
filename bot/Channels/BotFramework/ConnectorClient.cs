using System.Net.Http.Headers;
using System.Net.Http.Json;
using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API of a channel (a typed, pooled HttpClient): send, reply, update,
/// delete and create conversation, relative to the serviceUrl, with conversation and activity ids
/// URL-encoded because Teams ids contain <c>:</c>, <c>;</c> and <c>@</c>. Each request waits for a
/// slot of its conversation's <see cref="ConversationPacer"/>. The bot's token is attached only
/// when the serviceUrl is verified and trusted (<see cref="TrustedServiceUrls"/>). Retries of 429,
/// 412, 502 and 504 happen in the HttpClient's resilience handler.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient,
    IBotTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    ConversationPacer pacer,
    IOptions<BotFrameworkOptions> options,
    ILogger<ConnectorClient> logger)
{
    /// <summary>
    /// Sends <paramref name="activity"/> to its conversation: <c>POST .../activities/{replyToId}</c>
    /// when it has a replyToId, otherwise <c>POST .../activities</c>.
    /// </summary>
    /// <exception cref="ConnectorException">The Connector API returned a non-success status.</exception>
    public async Task<ResourceResponse> SendActivityAsync(ConnectorEndpoint endpoint, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = RequireConversationId(activity);
        var requestUri = BuildActivitiesUri(endpoint.ServiceUrl, conversationId, activity.ReplyToId);
        using var content = JsonContent.Create(activity, ProtocolJsonContext.Default.Activity);
        using var response = await SendAsync(HttpMethod.Post, requestUri, content, endpoint, conversationId, cancellationToken);
        logger.ConnectorReplySent(conversationId, activity.ReplyToId, activity.Type, (int)response.StatusCode);
        return await ReadJsonAsync(response, ProtocolJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse(activity.Id ?? "");
    }

    /// <summary>Replaces the activity <see cref="Activity.Id"/> with <paramref name="activity"/>: <c>PUT .../activities/{id}</c>.</summary>
    /// <exception cref="ConnectorException">The Connector API returned a non-success status.</exception>
    public async Task<ResourceResponse> UpdateActivityAsync(ConnectorEndpoint endpoint, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, "activity.Id");
        var conversationId = RequireConversationId(activity);
        var requestUri = BuildActivitiesUri(endpoint.ServiceUrl, conversationId, activity.Id);
        using var content = JsonContent.Create(activity, ProtocolJsonContext.Default.Activity);
        using var response = await SendAsync(HttpMethod.Put, requestUri, content, endpoint, conversationId, cancellationToken);
        return await ReadJsonAsync(response, ProtocolJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse(activity.Id);
    }

    /// <summary>Deletes an activity the bot sent: <c>DELETE .../activities/{activityId}</c>.</summary>
    /// <exception cref="ConnectorException">The Connector API returned a non-success status.</exception>
    public async Task DeleteActivityAsync(ConnectorEndpoint endpoint, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var requestUri = BuildActivitiesUri(endpoint.ServiceUrl, conversationId, activityId);
        using var response = await SendAsync(HttpMethod.Delete, requestUri, null, endpoint, conversationId, cancellationToken);
    }

    /// <summary>Starts a conversation: <c>POST /v3/conversations</c>.</summary>
    /// <exception cref="ConnectorException">The Connector API returned a non-success status.</exception>
    public async Task<ConversationResourceResponse> CreateConversationAsync(ConnectorEndpoint endpoint, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var requestUri = new Uri($"{Root(endpoint.ServiceUrl)}/v3/conversations");
        using var content = JsonContent.Create(parameters, BotFrameworkJsonContext.Default.ConversationParameters);

        // New conversations share one bucket per serviceUrl, because Teams limits them per bot like sends.
        using var response = await SendAsync(HttpMethod.Post, requestUri, content, endpoint, $"create:{endpoint.ServiceUrl.Authority}", cancellationToken);
        return await ReadJsonAsync(response, BotFrameworkJsonContext.Default.ConversationResourceResponse, cancellationToken)
            ?? throw new ConnectorException("The Connector API created a conversation but returned no conversation id.");
    }

    /// <summary>Returns the activities route under <paramref name="serviceUrl"/>, keeping any path the serviceUrl has.</summary>
    public static Uri BuildActivitiesUri(Uri serviceUrl, string conversationId, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var path = $"{Root(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(string.IsNullOrEmpty(activityId) ? path : $"{path}/{Uri.EscapeDataString(activityId)}");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri requestUri, HttpContent? content, ConnectorEndpoint endpoint, string paceKey, CancellationToken cancellationToken)
    {
        using var lease = await pacer.AcquireAsync(paceKey, cancellationToken);
        using var request = new HttpRequestMessage(method, requestUri) { Content = content };
        await AuthorizeAsync(request, endpoint, cancellationToken);

        var response = await httpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            logger.ConnectorRequestFailed(method.Method, status);
            throw new ConnectorException(status);
        }

        return response;
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, ConnectorEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            return;
        }

        if (!endpoint.Verified || !trustedServiceUrls.IsTrusted(endpoint.ServiceUrl))
        {
            logger.ConnectorTokenWithheld(endpoint.ServiceUrl.Authority, endpoint.Verified);
            return;
        }

        var token = await tokenProvider.GetAccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static string RequireConversationId(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrEmpty(conversationId, "activity.Conversation.Id");
        return conversationId;
    }

    private static string Root(Uri serviceUrl) => serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');

    // Connectors return JSON or an empty body, and some mocks return other content. Only JSON is read.
    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (response.Content.Headers.ContentLength == 0 || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
