using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Action.OpenUrl: opens a web, mailto: or tel: address on the user's device.</summary>
public sealed class OpenUrlAction(string title, string url) : CardAction(title)
{
    [JsonPropertyName("url")]
    public string Url { get; set; } = url;
}
