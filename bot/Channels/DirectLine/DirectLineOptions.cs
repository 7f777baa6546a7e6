using System.ComponentModel.DataAnnotations;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>The embedded Direct Line 3.0 server. Bound from the <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret (<c>DirectLine:Secret</c>) that servers use as a bearer credential for
    /// <c>/tokens/generate</c> and every conversation. When empty, a random secret is generated at
    /// start-up and never shown, so only tokens from <c>/api/webchat/token</c> work.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Base64 HMAC-SHA256 key (at least 32 bytes) that signs tokens (<c>DirectLine:TokenSigningKey</c>).
    /// When empty, a key is generated once and kept in the data folder, so tokens survive a restart.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Lifetime of a token. Defaults to 30 minutes, the lifetime Direct Line clients expect.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The bot's account id in Direct Line conversations. Defaults to <c>helpbot</c>.</summary>
    [Required]
    public string BotId { get; set; } = "helpbot";

    /// <summary>The bot's display name. Defaults to <c>HelpBot</c>.</summary>
    [Required]
    public string BotName { get; set; } = "HelpBot";

    /// <summary>
    /// Public base address of the host, such as <c>https://bot.example.org</c>, for stream and
    /// attachment URLs. When empty, the scheme and host of each request are used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Origins of partner sites whose pages may call the Direct Line routes (CORS). Empty allows any
    /// origin, as the Direct Line service does: every call needs a bearer token and no cookie is used.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Largest JSON body of <c>POST .../activities</c> and the token routes, in bytes. Defaults to 256 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Activities kept per conversation; older ones are deleted. Defaults to 1000.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 1000;

    /// <summary>Activities returned by one GET or stream frame. Defaults to 100.</summary>
    [Range(1, 1000)]
    public int MaxActivitiesPerPage { get; set; } = 100;

    /// <summary>Largest uploaded file, in bytes. Defaults to 4 MiB.</summary>
    [Range(1, int.MaxValue)]
    public int MaxUploadFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest upload request (all files and the activity part), in bytes. Defaults to 10 MiB.</summary>
    [Range(1, int.MaxValue)]
    public int MaxUploadRequestBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most files in one upload. Defaults to 10.</summary>
    [Range(1, 100)]
    public int MaxUploadFiles { get; set; } = 10;

    /// <summary>Media types uploaded when <see cref="AllowedUploadContentTypes"/> is not configured.</summary>
    public static IReadOnlyList<string> DefaultUploadContentTypes { get; } =
        ["image/png", "image/jpeg", "image/gif", "application/pdf", "text/plain"];

    /// <summary>
    /// Media types that may be uploaded, compared ignoring case and parameters. When empty,
    /// <see cref="DefaultUploadContentTypes"/> applies. It starts empty because configuration
    /// binding appends to a list, so a default list could never be narrowed.
    /// </summary>
    public List<string> AllowedUploadContentTypes { get; set; } = [];

    /// <summary>How often an idle stream gets an empty keep-alive message. Defaults to 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StreamKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a posted activity waits for the bot's turn before 504 <c>BotTimeout</c>. Defaults to 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BotTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often conversations past the storage retention are deleted. Defaults to 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
