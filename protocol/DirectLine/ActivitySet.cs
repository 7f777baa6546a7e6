using System.Text.Json.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Protocol.DirectLine;

/// <summary>A page of activities and the watermark to continue after it.</summary>
public sealed class ActivitySet
{
    [JsonPropertyName("activities")]
    public List<Activity> Activities { get; set; } = [];

    [JsonPropertyName("watermark")]
    public string? Watermark { get; set; }
}
