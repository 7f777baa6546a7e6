using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>
/// The HTTP status and body a bot returns for an <c>invoke</c> activity, written as the response
/// to the channel's POST.
/// </summary>
public sealed class InvokeResponse
{
    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, JsonElement? body = null)
    {
        Status = status;
        Body = body;
    }

    [JsonPropertyName("status")]
    public int Status { get; set; }

    [JsonPropertyName("body")]
    public JsonElement? Body { get; set; }
}
