using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>
/// The error envelope of the Bot Connector and Direct Line APIs:
/// <c>{"error":{"code":"...","message":"..."}}</c>. The code and status are stable; the message is for people.
/// </summary>
public sealed class ErrorResponse
{
    public ErrorResponse()
    {
    }

    public ErrorResponse(string code, string message) => Error = new Error { Code = code, Message = message };

    [JsonPropertyName("error")]
    public Error Error { get; set; } = new();
}

/// <summary>The code and message inside an <see cref="ErrorResponse"/>.</summary>
public sealed class Error
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = "";

    [JsonPropertyName("message")]
    public string Message { get; set; } = "";

    [JsonPropertyName("innerHttpError")]
    public InnerHttpError? InnerHttpError { get; set; }
}

/// <summary>Status and body of a failed downstream call, when an error wraps one.</summary>
public sealed class InnerHttpError
{
    [JsonPropertyName("statusCode")]
    public int StatusCode { get; set; }

    [JsonPropertyName("body")]
    public System.Text.Json.JsonElement? Body { get; set; }
}
