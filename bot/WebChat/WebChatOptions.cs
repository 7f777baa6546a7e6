using System.ComponentModel.DataAnnotations;

namespace HelpBot.Bot.WebChat;

/// <summary>The web chat page and its token endpoint. Bound from the <c>WebChat</c> configuration section.</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>
    /// Origins (such as <c>https://partner.example.org</c>) whose pages may request tokens from
    /// <c>/api/webchat/token</c> besides the host's own origin. Empty allows only the same origin.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Token requests allowed per client IP address per minute. Defaults to 10.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 10;
}
