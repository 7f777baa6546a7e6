using HelpBot.Bot.Hosting;
using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/attachments/{attachmentId}</c>: serves an uploaded file. The
/// unguessable attachment id grants access, so image tags can load it without a token. Files are
/// served sandboxed and never sniffed, so an uploaded file cannot run script on this origin.
/// </summary>
public sealed class AttachmentEndpoints(IDirectLineStore store)
{
    public async Task GetAsync(HttpContext context)
    {
        var conversationId = context.Request.RouteValues["conversationId"] as string;
        var attachmentId = context.Request.RouteValues["attachmentId"] as string;
        var attachment = DirectLineIds.IsConversationId(conversationId) && DirectLineIds.IsConversationId(attachmentId)
            ? await store.GetAttachmentAsync(conversationId!, attachmentId!, context.RequestAborted)
            : null;
        if (attachment is null)
        {
            throw ApiErrorException.NotFound("The file does not exist. Its conversation may have been deleted after the retention period.");
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, max-age=3600";
        var disposition = new ContentDispositionHeaderValue(attachment.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.Name);
        headers.ContentDisposition = disposition.ToString();

        context.Response.ContentType = attachment.ContentType;
        context.Response.ContentLength = attachment.Content.Length;
        await context.Response.Body.WriteAsync(attachment.Content, context.RequestAborted);
    }
}
