using Microsoft.AspNetCore.Diagnostics;

namespace HelpBot.Bot.Hosting;

/// <summary>
/// Turns every failure into the protocol's error envelope: <see cref="ApiErrorException"/>,
/// request bodies over Kestrel's limit, unexpected exceptions (500 without details) and
/// empty error responses such as unknown routes (404) or wrong methods (405).
/// </summary>
public sealed class ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiErrorException error)
        {
            await ErrorResponseWriter.WriteAsync(context, error.StatusCode, error.Code, error.Message, error.RetryAfterSeconds);
            return;
        }
        catch (BadHttpRequestException error)
        {
            await WriteBadRequestAsync(context, error);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected, so no response can be delivered.
            return;
        }
        catch (Exception error)
        {
            logger.UnhandledRequestException(error, context.Request.Method, context.GetEndpoint()?.DisplayName);
            await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorCodes.ServiceError,
                "The server failed to process the request. The error is logged with the time of the request.");
            return;
        }

        await WriteEmptyErrorAsync(context);
    }

    private static Task WriteBadRequestAsync(HttpContext context, BadHttpRequestException error)
    {
        if (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ErrorResponseWriter.WriteAsync(context, error.StatusCode, ErrorCodes.MessageSizeTooBig,
                "The request body is larger than the limit for this endpoint.");
        }

        return ErrorResponseWriter.WriteAsync(context, error.StatusCode, ErrorCodes.BadArgument,
            "The HTTP request is malformed or its body ended early.");
    }

    private static Task WriteEmptyErrorAsync(HttpContext context)
    {
        var response = context.Response;
        var isEmptyError = response.StatusCode >= 400 && !response.HasStarted && response.ContentType is null
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null;
        if (!isEmptyError)
        {
            return Task.CompletedTask;
        }

        var (code, message) = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => (ErrorCodes.NotFound, "No endpoint exists at this path. Direct Line routes start with /v3/directline."),
            StatusCodes.Status405MethodNotAllowed => (ErrorCodes.MethodNotAllowed, "This endpoint does not accept the HTTP method of the request."),
            StatusCodes.Status429TooManyRequests => (ErrorCodes.Throttled, "Too many requests. Wait for the number of seconds in Retry-After and try again."),
            StatusCodes.Status401Unauthorized => (ErrorCodes.Unauthorized, "The request needs an Authorization header."),
            StatusCodes.Status403Forbidden => (ErrorCodes.Forbidden, "The request is not allowed."),
            _ => (ErrorCodes.BadArgument, "The request failed."),
        };
        var retryAfter = response.Headers.RetryAfter.ToString();
        int? retryAfterSeconds = int.TryParse(retryAfter, out var seconds) ? seconds : null;
        return ErrorResponseWriter.WriteAsync(context, response.StatusCode, code, message, retryAfterSeconds);
    }
}
