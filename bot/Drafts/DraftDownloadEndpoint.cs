using HelpBot.Bot.Hosting;
using HelpBot.Dialogs.Conversation.Drafts;
using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.Drafts;

/// <summary>
/// Serves <c>GET</c> <see cref="DraftRoutes.Template"/>: the stored <c>.eml</c> draft as a download,
/// or 404 in the error envelope when the id is malformed, unknown or expired.
/// </summary>
public sealed class DraftDownloadEndpoint(IDraftStore drafts, ILogger<DraftDownloadEndpoint> logger)
{
    /// <summary>Name of the route value that holds the draft id.</summary>
    public const string IdRouteValue = "id";

    private static readonly string ContentDisposition = new ContentDispositionHeaderValue("attachment")
    {
        FileName = DraftRoutes.FileName,
    }.ToString();

    public async Task GetAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Request.RouteValues[IdRouteValue] as string ?? string.Empty;
        var eml = await drafts.GetAsync(id, context.RequestAborted);
        if (eml is null)
        {
            logger.DraftNotFound();
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status404NotFound, ErrorCodes.NotFound,
                "The e-mail draft was not found or has expired. Finish the report in the chat again to get a new download link.");
            return;
        }

        var response = context.Response;
        response.ContentType = DraftRoutes.ContentType;
        response.ContentLength = eml.Length;
        response.Headers.ContentDisposition = ContentDisposition;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        logger.DraftDownloaded(eml.Length);
        await response.Body.WriteAsync(eml, context.RequestAborted);
    }
}
