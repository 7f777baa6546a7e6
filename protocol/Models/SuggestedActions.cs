using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Models;

/// <summary>Quick replies shown under a message until the user answers.</summary>
public sealed class SuggestedActions
{
    [JsonPropertyName("to")]
    public List<string>? To { get; set; }

    [JsonPropertyName("actions")]
    public List<CardAction> Actions { get; set; } = [];
}
