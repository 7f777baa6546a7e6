using System.Text.Json.Serialization;

namespace HelpBot.Benchmarks.Baseline;

/// <summary>A channel account or conversation: an id and an optional name.</summary>
public sealed class BaselineAccount
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
