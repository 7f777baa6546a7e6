using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Builds the absolute URLs the Direct Line server hands out: its base, stream URLs and file URLs.</summary>
public sealed class DirectLineUrls(IOptions<DirectLineOptions> options)
{
    /// <summary>The route prefix of every Direct Line endpoint.</summary>
    public const string RoutePrefix = "/v3/directline";

    /// <summary>Returns the Direct Line base address, such as <c>http://127.0.0.1:3978/v3/directline</c>.</summary>
    public Uri GetBaseUri(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = options.Value.PublicBaseUrl?.GetLeftPart(UriPartial.Authority)
            ?? $"{request.Scheme}://{request.Host.ToUriComponent()}";
        var pathBase = options.Value.PublicBaseUrl is { } configured ? configured.AbsolutePath.TrimEnd('/') : request.PathBase.ToUriComponent();
        return new Uri($"{origin}{pathBase}{RoutePrefix}");
    }

    /// <summary>
    /// Returns the WebSocket URL of a conversation's stream with the token in <c>t</c>. With a
    /// watermark, the stream starts after it; without one, it replays the whole log.
    /// </summary>
    public string GetStreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var baseUri = GetBaseUri(request);
        var scheme = baseUri.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var url = $"{scheme}://{baseUri.Authority}{baseUri.AbsolutePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } value ? $"{url}&watermark={DirectLineIds.Watermark(value)}" : url;
    }

    /// <summary>Returns the private URL of an uploaded file; its unguessable id is what grants access.</summary>
    public string GetAttachmentUrl(HttpRequest request, string conversationId, string attachmentId) =>
        $"{GetBaseUri(request)}/conversations/{Uri.EscapeDataString(conversationId)}/attachments/{Uri.EscapeDataString(attachmentId)}";

    /// <summary>Returns the conversation response for a client: id, token, lifetime and stream URL.</summary>
    public Protocol.DirectLine.Conversation CreateConversationResponse(HttpRequest request, IssuedToken token, long? watermark) => new()
    {
        ConversationId = token.Claims.ConversationId,
        Token = token.Token,
        ExpiresIn = token.ExpiresInSeconds,
        StreamUrl = GetStreamUrl(request, token.Claims.ConversationId, token.Token, watermark),
    };
}
