using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Reads request bodies with a per-endpoint size limit. The limit holds on Kestrel and on the test
/// server alike, because the body is counted while it is read.
/// </summary>
public static class RequestBody
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// Applies <paramref name="maxBytes"/> to the request: rejects a larger <c>Content-Length</c>
    /// at once and lowers Kestrel's limit for the rest of the request.
    /// </summary>
    /// <exception cref="ApiErrorException">413 when the declared length is over the limit.</exception>
    public static void ApplyLimit(HttpContext context, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > maxBytes)
        {
            throw ApiErrorException.TooLarge(maxBytes);
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes;
        }
    }

    /// <summary>Reads the whole body, at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="ApiErrorException">413 when the body is longer.</exception>
    public static async Task<byte[]> ReadBytesAsync(HttpContext context, long maxBytes)
    {
        ApplyLimit(context, maxBytes);
        return await ReadBoundedAsync(context.Request.Body, maxBytes, context.RequestAborted);
    }

    /// <summary>
    /// Reads and parses a JSON body. Returns default for an empty body unless <paramref name="required"/>.
    /// </summary>
    /// <exception cref="ApiErrorException">
    /// 413 over the limit, 415 for a non-JSON content type, 400 <c>BadArgument</c> for malformed JSON
    /// and 400 <c>MissingProperty</c> for a missing required body.
    /// </exception>
    public static async Task<T?> ReadJsonAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, long maxBytes, bool required)
    {
        var body = await ReadBytesAsync(context, maxBytes);
        if (body.Length == 0 || IsWhiteSpace(body))
        {
            return required
                ? throw ApiErrorException.MissingProperty("The request body is empty. Send a JSON object with Content-Type: application/json.")
                : default;
        }

        EnsureJsonContentType(context.Request.ContentType);
        return Parse(body, typeInfo, required);
    }

    /// <summary>Parses UTF-8 JSON; the error message gives the position but never the content.</summary>
    public static T? Parse<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, bool required)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException error)
        {
            var position = $"path {error.Path ?? "$"}, line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}";
            throw ApiErrorException.BadArgument(IsWellFormed(json)
                ? $"The request body is JSON, but a value has the wrong type for this endpoint ({position}). Send the JSON object the endpoint expects."
                : $"The request body is not valid JSON ({position}).");
        }

        if (value is null && required)
        {
            throw ApiErrorException.MissingProperty("The request body is JSON null. Send a JSON object.");
        }

        return value;
    }

    // True when the bytes are one complete JSON value, so a parse failure came from the value's shape.
    private static bool IsWellFormed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Rejects a content type other than JSON; a missing content type is accepted.</summary>
    public static void EnsureJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return;
        }

        var isJson = MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && parsed.MediaType is { } mediaType
            && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!isJson)
        {
            throw new ApiErrorException(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "The request body must be JSON. Send it with Content-Type: application/json.");
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end, failing with 413 past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw ApiErrorException.TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static bool IsWhiteSpace(ReadOnlySpan<byte> body) =>
        body.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
