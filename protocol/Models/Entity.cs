using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>
/// Metadata attached to an activity (a mention, client information and others). Only
/// <see cref="Type"/> is named; every other property is kept in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Returns the string value of a property, or null when it is missing or not a string.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
