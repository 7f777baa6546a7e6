using System.ComponentModel.DataAnnotations;

namespace HelpBot.Dialogs.Conversation;

/// <summary>Settings of HelpBot's conversation. Bound from the <c>Conversation</c> configuration section.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>
    /// Origin that e-mail draft download links start with, such as <c>https://helpbot.example.org</c>.
    /// Dialogs never see the HTTP request, so the host's public address comes from here.
    /// Defaults to <c>http://127.0.0.1:3978</c>, the host's default local address.
    /// </summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978";

    /// <summary>How long a finished e-mail draft can be downloaded. Defaults to one day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan DraftRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a supervisor's digest CSV can be downloaded. Defaults to one day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan DigestRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// IANA time zone for dates and times when the client reported none. Defaults to
    /// <c>America/Denver</c>, Colorado's time zone.
    /// </summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "America/Denver";
}
