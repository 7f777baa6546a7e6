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

    /// <summary>
    /// How long a web chat user credential keeps the same user id. Every token request that presents
    /// one gets a renewed credential, so the period counts from the user's last visit. Defaults to 180 days.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan UserCredentialLifetime { get; set; } = TimeSpan.FromDays(180);
}
