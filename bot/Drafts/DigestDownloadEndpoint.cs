using HelpBot.Bot.Hosting;
using HelpBot.Dialogs.Conversation.FollowUp;
using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.Drafts;

/// <summary>
/// Serves <c>GET</c> <see cref="DigestRoutes.Template"/>: a supervisor's stored digest as a CSV
/// download, or 404 in the error envelope when the id is malformed, unknown or expired. The id is
/// 128 random bits, so the link is the only way to the file. The store logs saves and expiries.
/// </summary>
public static class DigestDownloadEndpoint
{
    /// <summary>Name of the route value that contains the digest id.</summary>
    public const string IdRouteValue = "id";

    private static readonly string ContentDisposition = new ContentDispositionHeaderValue("attachment")
    {
        FileName = DigestRoutes.FileName,
    }.ToString();

    public static async Task GetAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var digests = context.RequestServices.GetRequiredService<IDigestExportStore>();
        var id = context.Request.RouteValues[IdRouteValue] as string ?? string.Empty;
        var csv = await digests.GetAsync(id, context.RequestAborted);
        if (csv is null)
        {
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status404NotFound, ErrorCodes.NotFound,
                "The digest was not found or has expired. Type 'digest' in the chat to get a new download link.");
            return;
        }

        var response = context.Response;
        response.ContentType = DigestRoutes.ContentType;
        response.ContentLength = csv.Length;
        response.Headers.ContentDisposition = ContentDisposition;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        await response.Body.WriteAsync(csv, context.RequestAborted);
    }
}
