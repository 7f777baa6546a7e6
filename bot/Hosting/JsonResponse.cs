using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HelpBot.Bot.Hosting;

/// <summary>Writes JSON responses with source-generated serializers.</summary>
public static class JsonResponse
{
    /// <summary>Sets <paramref name="statusCode"/> and writes <paramref name="value"/> as UTF-8 JSON.</summary>
    public static Task WriteAsync<T>(HttpContext context, int statusCode, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted);
    }
}
