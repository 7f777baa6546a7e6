using System.Text;
using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads the body of <c>POST /conversations/{id}/upload</c>: either one raw file (its media type
/// in Content-Type, its name in Content-Disposition) or <c>multipart/form-data</c> with file parts
/// and an optional <c>activity</c> part of type <c>application/vnd.microsoft.activity</c>.
/// </summary>
public sealed class UploadReader(IOptions<DirectLineOptions> options)
{
    private const string ActivityPartName = "activity";
    private const string DefaultFileName = "file";
    private const int MaxFileNameLength = 255;

    /// <exception cref="ApiErrorException">
    /// 413 past a size limit, 415 for a file type that is not allowed, 400 for a malformed body.
    /// </exception>
    public async Task<UploadContent> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequestBody.ApplyLimit(context, options.Value.MaxUploadRequestBytes);
        var contentType = context.Request.ContentType;
        if (MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(context, mediaType);
        }

        var file = await ReadSingleFileAsync(context);
        return new UploadContent(null, [file]);
    }

    private async Task<UploadedFile> ReadSingleFileAsync(HttpContext context)
    {
        var request = context.Request;
        var contentType = CheckContentType(request.ContentType);
        var name = ReadFileName(request.Headers[HeaderNames.ContentDisposition].ToString());
        var limit = Math.Min(options.Value.MaxUploadFileBytes, options.Value.MaxUploadRequestBytes);
        var content = await RequestBody.ReadBoundedAsync(request.Body, limit, context.RequestAborted);
        return CreateFile(contentType, name, content);
    }

    private async Task<UploadContent> ReadMultipartAsync(HttpContext context, MediaTypeHeaderValue mediaType)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw ApiErrorException.BadArgument("The multipart/form-data Content-Type has no boundary.");
        }

        try
        {
            return await ReadSectionsAsync(new MultipartReader(boundary, context.Request.Body), context.RequestAborted);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            throw ApiErrorException.BadArgument("The multipart/form-data body is malformed or ended early.");
        }
    }

    private async Task<UploadContent> ReadSectionsAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        Activity? activity = null;
        var files = new List<UploadedFile>();
        long totalBytes = 0;

        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (IsActivityPart(section))
            {
                var json = await RequestBody.ReadBoundedAsync(section.Body, options.Value.MaxActivityBytes, cancellationToken);
                activity = RequestBody.Parse(json, ProtocolJsonContext.Default.Activity, required: true);
                totalBytes += json.Length;
                continue;
            }

            if (files.Count == options.Value.MaxUploadFiles)
            {
                throw ApiErrorException.BadArgument($"An upload can carry at most {options.Value.MaxUploadFiles} files.");
            }

            var file = await ReadFilePartAsync(section, cancellationToken);
            totalBytes += file.Content.Length;
            if (totalBytes > options.Value.MaxUploadRequestBytes)
            {
                throw ApiErrorException.TooLarge(options.Value.MaxUploadRequestBytes);
            }

            files.Add(file);
        }

        return new UploadContent(activity, files);
    }

    private async Task<UploadedFile> ReadFilePartAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        var contentType = CheckContentType(section.ContentType);
        var name = ReadFileName(section.ContentDisposition);
        var content = await RequestBody.ReadBoundedAsync(section.Body, options.Value.MaxUploadFileBytes, cancellationToken);
        return CreateFile(contentType, name, content);
    }

    // An empty file is no screenshot, and a file without a name gets one with the extension of its type, so the
    // e-mail draft and the .eml name a file that opens.
    private static UploadedFile CreateFile(string contentType, string name, byte[] content)
    {
        if (content.Length == 0)
        {
            throw ApiErrorException.BadArgument("An uploaded file is empty (0 bytes). Upload the file again.");
        }

        return new UploadedFile(contentType, name == DefaultFileName ? DefaultFileName + Extension(contentType) : name, content);
    }

    private static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "application/pdf" => ".pdf",
        "text/plain" => ".txt",
        _ => "",
    };

    private static bool IsActivityPart(MultipartSection section)
    {
        if (section.ContentType?.StartsWith(ContentTypes.ActivityJson, StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }

        return ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(ActivityPartName, StringComparison.Ordinal)
            && !disposition.FileName.HasValue && !disposition.FileNameStar.HasValue;
    }

    private string CheckContentType(string? contentType)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value : null;
        var allowed = options.Value.AllowedUploadContentTypes;
        if (mediaType is null || !allowed.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new ApiErrorException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Files of this type cannot be uploaded. Allowed types: {string.Join(", ", allowed)}.");
        }

        return mediaType.ToLowerInvariant();
    }

    // Keeps only the last path segment and printable characters, so a name can never act as a path.
    internal static string ReadFileName(string? contentDisposition)
    {
        if (!ContentDispositionHeaderValue.TryParse(contentDisposition, out var disposition))
        {
            return DefaultFileName;
        }

        var raw = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        var lastSegment = raw?[(raw.LastIndexOfAny(['/', '\\']) + 1)..] ?? "";
        var builder = new StringBuilder(Math.Min(lastSegment.Length, MaxFileNameLength));
        foreach (var character in lastSegment.Where(c => !char.IsControl(c)).Take(MaxFileNameLength))
        {
            builder.Append(character);
        }

        var name = builder.ToString().Trim();
        return name.Length == 0 || name is "." or ".." ? DefaultFileName : name;
    }
}
