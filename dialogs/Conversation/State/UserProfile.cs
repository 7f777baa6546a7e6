using System.Text.Json.Serialization;

namespace HelpBot.Dialogs.Conversation.State;

/// <summary>What HelpBot remembers about a user across conversations on one channel (user state).</summary>
public sealed class UserProfile
{
    /// <summary>Whether the user works in CBMS; null until asked.</summary>
    [JsonPropertyName("cbmsUser")]
    public bool? CbmsUser { get; set; }

    /// <summary>Id of a role in the desk-aid content, such as <c>cbo-staff</c>; null until asked.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>IANA time zone the client last reported, such as <c>America/Denver</c>.</summary>
    [JsonPropertyName("timeZone")]
    public string? TimeZone { get; set; }

    /// <summary>Operating system read from the web chat page's user agent, such as <c>Windows</c>.</summary>
    [JsonPropertyName("operatingSystem")]
    public string? OperatingSystem { get; set; }

    /// <summary>Browser and major version read from the user agent, such as <c>Chrome 126</c>.</summary>
    [JsonPropertyName("browser")]
    public string? Browser { get; set; }

    /// <summary>Mobile device read from the user agent (<c>iPhone</c>, <c>iPad</c>, <c>Android device</c>); null on a computer.</summary>
    [JsonPropertyName("device")]
    public string? Device { get; set; }

    /// <summary>
    /// Whether the first-time questions were answered: both of them, or only the first for a CBMS user, who
    /// reports through CBMS and is not asked the role.
    /// </summary>
    [JsonIgnore]
    public bool IsComplete => CbmsUser == true || (CbmsUser is not null && Role is not null);
}
