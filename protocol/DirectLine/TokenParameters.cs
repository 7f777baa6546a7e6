using System.Text.Json.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Protocol.DirectLine;

/// <summary>Optional body of token generation and conversation start.</summary>
public sealed class TokenParameters
{
    [JsonPropertyName("user")]
    public ChannelAccount? User { get; set; }

    [JsonPropertyName("trustedOrigins")]
    public List<string>? TrustedOrigins { get; set; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    [JsonPropertyName("locale")]
    public string? Locale { get; set; }
}
