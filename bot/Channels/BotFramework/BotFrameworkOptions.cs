using System.ComponentModel.DataAnnotations;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary><c>POST /api/messages</c> and the Connector client. Bound from the <c>BotFramework</c> configuration section.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>
    /// The Azure Bot's Microsoft App ID (<c>BotFramework:MicrosoftAppId</c>). When empty, the endpoint
    /// runs in anonymous mode for local tools and replies only to loopback serviceUrls. When set,
    /// every request needs a valid Bot Framework JWT.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Largest activity body, in bytes. Defaults to 512 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;

    /// <summary>Timeout of each reply the Connector client sends. Defaults to 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether anonymous mode is on: no app id is configured.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
