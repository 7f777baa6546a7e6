using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Hosting;

/// <summary>Writes the <c>{"error":{"code","message"}}</c> envelope.</summary>
public static class ErrorResponseWriter
{
    /// <summary>Sets the status and writes the envelope, unless the response has already started.</summary>
    public static async Task WriteAsync(HttpContext context, int statusCode, string code, string message, int? retryAfterSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.Clear();
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await JsonSerializer.SerializeAsync(response.Body, new ErrorResponse(code, message), ProtocolJsonContext.Default.ErrorResponse, context.RequestAborted);
    }
}
