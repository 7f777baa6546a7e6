namespace HelpBot.Bot.Hosting;

/// <summary>
/// Ends a request with an HTTP status and the protocol's error envelope. <see cref="ApiErrorMiddleware"/>
/// writes it. The message is shown to developers, so it must never quote user content or tokens.
/// </summary>
public sealed class ApiErrorException : Exception
{
    public ApiErrorException()
        : this(StatusCodes.Status500InternalServerError, ErrorCodes.ServiceError, "The request failed.")
    {
    }

    public ApiErrorException(string message)
        : this(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, message)
    {
    }

    public ApiErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = StatusCodes.Status400BadRequest;
        Code = ErrorCodes.BadArgument;
    }

    public ApiErrorException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The stable error code; see <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Seconds the client should wait before retrying, sent as <c>Retry-After</c>; null sends no header.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ApiErrorException BadArgument(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, message);

    public static ApiErrorException MissingProperty(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.MissingProperty, message);

    public static ApiErrorException NotFound(string message) =>
        new(StatusCodes.Status404NotFound, ErrorCodes.NotFound, message);

    public static ApiErrorException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.MessageSizeTooBig,
            $"The request body is larger than the limit of {maxBytes} bytes for this endpoint.");
}
