using System.Net.Http.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// Sends the bot's activities to a channel's Connector API (a typed, pooled HttpClient):
/// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>, with both
/// ids URL-encoded because Teams ids contain <c>:</c>, <c>;</c> and <c>@</c>.
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient, ILogger<ConnectorClient> logger)
{
    /// <summary>Sends <paramref name="activity"/> to its conversation, as a reply when it has a replyToId.</summary>
    /// <exception cref="ConnectorException">The Connector API returned a non-success status.</exception>
    public async Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrEmpty(conversationId, "activity.Conversation.Id");

        var requestUri = BuildActivitiesUri(serviceUrl, conversationId, activity.ReplyToId);
        using var content = JsonContent.Create(activity, ProtocolJsonContext.Default.Activity);
        using var response = await httpClient.PostAsync(requestUri, content, cancellationToken);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            logger.ConnectorReplyFailed(conversationId, activity.ReplyToId, status);
            throw new ConnectorException(status);
        }

        logger.ConnectorReplySent(conversationId, activity.ReplyToId, activity.Type, status);
        return await ReadResourceResponseAsync(response, cancellationToken) ?? new ResourceResponse(activity.Id ?? "");
    }

    /// <summary>Returns the activities route under <paramref name="serviceUrl"/>, keeping any path the serviceUrl has.</summary>
    public static Uri BuildActivitiesUri(Uri serviceUrl, string conversationId, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var root = serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var path = $"{root}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(string.IsNullOrEmpty(replyToId) ? path : $"{path}/{Uri.EscapeDataString(replyToId)}");
    }

    // Connectors return {"id":...} or an empty body, and some mocks return other content. Only the first is read.
    private static async Task<ResourceResponse?> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0 || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ResourceResponse, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
