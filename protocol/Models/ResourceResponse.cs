using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>The id a channel returns for a stored activity.</summary>
public sealed class ResourceResponse
{
    public ResourceResponse()
    {
    }

    public ResourceResponse(string id) => Id = id;

    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
